// Writes the Teams light theme into the app's pages as CSS variables on :root, precomputed at build
// time, so neither the first paint nor the first script needs Fluent's theme objects: the app's
// FluentProvider gets no theme in the light theme (the variables are already there) and loads the
// dark or high-contrast theme, a chunk of its own, only when the host asks for it
// (src/ui/loadTheme.ts). The page's own background takes the theme's, as the app root does.
const HtmlWebpackPlugin = require('html-webpack-plugin');
// Through the package the app depends on, so the build uses the very theme the app renders with.
const { createCSSRuleFromTheme, teamsLightTheme } = require('@fluentui/react-components');

/** The <style> element: every token of the light theme, and the page's background from it. */
function lightThemeStyle() {
  const rule = createCSSRuleFromTheme(':root', teamsLightTheme);
  return `<style data-theme-variables="light">${rule} body { background-color: var(--colorNeutralBackground2); }</style>`;
}

class ThemeCssPlugin {
  /** @param {{ pages: string[] }} options the HTML files (output names) that hold the app */
  constructor(options) {
    this.pages = new Set(options.pages);
  }

  apply(compiler) {
    const style = lightThemeStyle();
    compiler.hooks.thisCompilation.tap('ThemeCssPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('ThemeCssPlugin', (data) => {
        if (!this.pages.has(data.outputName)) return data;
        if (!data.html.includes('</head>')) throw new Error(`${data.outputName} has no </head> for the theme's variables`);
        data.html = data.html.replace('</head>', () => `${style}</head>`);
        return data;
      });
    });
  }
}

module.exports = { ThemeCssPlugin, lightThemeStyle };
