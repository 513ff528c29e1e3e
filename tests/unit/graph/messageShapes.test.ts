import { escapeHtml, safeHtml, trustedHtml } from '../../../src/domain/html';
import { carriesGuard, chatMessageBody } from '../../../src/graph/chat';
import { todoTaskBody } from '../../../src/graph/todo';

describe('escapeHtml / safeHtml', () => {
  it('escapes every character that could start markup', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('escapes interpolated user text but not the template or trusted parts', () => {
    const note = '<img src=x onerror=alert(1)>';
    expect(safeHtml`<p>${note}</p>${trustedHtml('<br>')}`).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p><br>');
    expect(safeHtml`<ul>${['<a>', 'b'].map((x) => trustedHtml(safeHtml`<li>${x}</li>`))}</ul>`).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
  });
});

describe('chat message bodies', () => {
  it('puts an Adaptive Card in an attachment whose id is the guard key', () => {
    const body = chatMessageBody({ adaptiveCard: { type: 'AdaptiveCard', version: '1.4', body: [] } }, 'share-c1');
    expect(body.body).toEqual({ contentType: 'html', content: '<attachment id="share-c1"></attachment>' });
    expect(body.attachments?.[0]).toMatchObject({ id: 'share-c1', contentType: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.parse(String(body.attachments?.[0]?.content))).toMatchObject({ type: 'AdaptiveCard' });
    expect(carriesGuard(body, 'share-c1')).toBe(true);
    expect(carriesGuard(body, 'share-c2')).toBe(false);
  });

  it('marks an HTML message with the guard key', () => {
    const body = chatMessageBody({ html: safeHtml`<p>${'Hej <Lars>'}</p>` }, 'k"1');
    expect(body.body?.content).toBe('<p>Hej &lt;Lars&gt;</p><span data-lederdialog-guard="k&quot;1"></span>');
    expect(carriesGuard(body, 'k"1')).toBe(true);
  });
});

describe('To Do task body', () => {
  it('has a recurrence, a reminder and a link carrying the guard key', () => {
    const task = todoTaskBody({
      title: 'Gå en tur i frokostpausen',
      cadence: 'weekly',
      firstDate: '2026-12-07',
      endDate: '2027-06-30',
      timeZone: 'Romance Standard Time',
      link: { webUrl: 'https://teams.microsoft.com/l/entity/x', displayName: 'Lederaftale' },
      guardKey: 'self-a1',
    });
    expect(task).toMatchObject({
      title: 'Gå en tur i frokostpausen',
      isReminderOn: true,
      reminderDateTime: { dateTime: '2026-12-07T08:30:00', timeZone: 'Romance Standard Time' },
      dueDateTime: { dateTime: '2026-12-07T00:00:00', timeZone: 'Romance Standard Time' },
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] }, range: { type: 'endDate', endDate: '2027-06-30' } },
      linkedResources: [{ applicationName: 'Lederdialog', externalId: 'self-a1', webUrl: 'https://teams.microsoft.com/l/entity/x' }],
    });
  });
});
