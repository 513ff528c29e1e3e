// The official Graph v1.0 metadata (CSDL), parsed once on first use and kept in memory:
// entity, complex and enum types with their base types, and bound actions' parameters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const CSDL_PATH = path.resolve(__dirname, '..', 'metadata', 'v1.0-Prod.csdl');

export interface PropertyDef {
  name: string;
  /** Fully qualified, e.g. 'Collection(microsoft.graph.attendee)' or 'Edm.String'. */
  type: string;
  nullable: boolean;
  navigation: boolean;
}

export interface StructuredType {
  kind: 'entity' | 'complex';
  fullName: string;
  baseType?: string;
  abstract: boolean;
  openType: boolean;
  properties: Map<string, PropertyDef>;
}

export interface EnumTypeDef {
  kind: 'enum';
  fullName: string;
  isFlags: boolean;
  members: Set<string>;
}

export interface ActionDef {
  name: string;
  bindingType: string;
  parameters: Map<string, PropertyDef>;
}

export interface CsdlModel {
  types: Map<string, StructuredType | EnumTypeDef>;
  actions: ActionDef[];
  /** Direct derived types, for checking an @odata.type against a declared type. */
  derived: Map<string, string[]>;
}

type XmlNode = Record<string, unknown>;
const arr = (v: unknown): XmlNode[] => (v === undefined ? [] : Array.isArray(v) ? (v as XmlNode[]) : [v as XmlNode]);

let cached: CsdlModel | undefined;

export function csdlModel(): CsdlModel {
  if (!cached) cached = parse(readFileSync(CSDL_PATH, 'utf8'));
  return cached;
}

function parse(xml: string): CsdlModel {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Annotations are most of the file and say nothing about shapes.
    stopNodes: ['*.Annotations', '*.Annotation'],
  });
  const doc = parser.parse(xml) as XmlNode;
  const schemas = arr(((doc['edmx:Edmx'] as XmlNode)['edmx:DataServices'] as XmlNode).Schema);
  const aliases = new Map<string, string>();
  for (const s of schemas) if (s.Alias) aliases.set(String(s.Alias), String(s.Namespace));
  const qualify = (ref: string): string => {
    const coll = /^Collection\((.+)\)$/.exec(ref);
    if (coll) return `Collection(${qualify(coll[1]!)})`;
    if (ref.startsWith('Edm.')) return ref;
    const dot = ref.indexOf('.');
    const head = ref.slice(0, dot);
    const ns = aliases.get(head);
    return ns ? ns + ref.slice(dot) : ref;
  };
  const props = (node: XmlNode): Map<string, PropertyDef> => {
    const out = new Map<string, PropertyDef>();
    for (const p of arr(node.Property))
      out.set(String(p.Name), { name: String(p.Name), type: qualify(String(p.Type)), nullable: p.Nullable !== 'false', navigation: false });
    for (const p of arr(node.NavigationProperty))
      out.set(String(p.Name), { name: String(p.Name), type: qualify(String(p.Type)), nullable: p.Nullable !== 'false', navigation: true });
    return out;
  };

  const types = new Map<string, StructuredType | EnumTypeDef>();
  const actions: ActionDef[] = [];
  const derived = new Map<string, string[]>();
  for (const s of schemas) {
    const ns = String(s.Namespace);
    for (const e of arr(s.EnumType)) {
      types.set(`${ns}.${e.Name}`, {
        kind: 'enum',
        fullName: `${ns}.${e.Name}`,
        isFlags: e.IsFlags === 'true',
        members: new Set(arr(e.Member).map((m) => String(m.Name))),
      });
    }
    for (const [tag, kind] of [
      ['EntityType', 'entity'],
      ['ComplexType', 'complex'],
    ] as const) {
      for (const t of arr(s[tag])) {
        const fullName = `${ns}.${t.Name}`;
        const baseType = t.BaseType ? qualify(String(t.BaseType)) : undefined;
        types.set(fullName, { kind, fullName, baseType, abstract: t.Abstract === 'true', openType: t.OpenType === 'true', properties: props(t) });
        if (baseType) derived.set(baseType, [...(derived.get(baseType) ?? []), fullName]);
      }
    }
    for (const a of arr(s.Action)) {
      const params = arr(a.Parameter);
      const binding = params[0];
      if (a.IsBound !== 'true' || !binding) continue;
      const parameters = new Map<string, PropertyDef>();
      for (const p of params.slice(1))
        parameters.set(String(p.Name), { name: String(p.Name), type: qualify(String(p.Type)), nullable: p.Nullable !== 'false', navigation: false });
      actions.push({ name: `${ns}.${a.Name}`, bindingType: qualify(String(binding.Type)), parameters });
    }
  }
  return { types, actions, derived };
}

/** A property looked up along the base-type chain. */
export function findProperty(model: CsdlModel, type: StructuredType, name: string): PropertyDef | undefined {
  for (let t: StructuredType | undefined = type; t; t = t.baseType ? (model.types.get(t.baseType) as StructuredType | undefined) : undefined) {
    const p = t.properties.get(name);
    if (p) return p;
  }
  return undefined;
}

export function derivesFrom(model: CsdlModel, candidate: string, base: string): boolean {
  for (
    let t = model.types.get(candidate) as StructuredType | undefined;
    t;
    t = t.baseType ? (model.types.get(t.baseType) as StructuredType | undefined) : undefined
  ) {
    if (t.fullName === base) return true;
  }
  return false;
}

export function findAction(model: CsdlModel, name: string, bindingType: string): ActionDef | undefined {
  return model.actions.find((a) => a.name === name && a.bindingType === bindingType);
}
