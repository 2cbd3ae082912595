/**
 * What the story file's schema cannot see: that every side, group, lane, camp, country and
 * hub it names, and every one the data uses, is one the story defines. An unknown id names
 * the allowed ones, so an editor can fix it from the message alone.
 */
import type { Story } from './types.ts';
import type { Problem, StoryFiles } from './validate.ts';
import { contrastProblems } from '../colour/colours.ts';
import { OUTCOME } from './stanceCells.ts';

const allowed = (pool: Iterable<string>) => [...pool].map((x) => `"${x}"`).join(', ') || 'none';
const an = (what: string) => `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}`;

export function checkFrame(files: StoryFiles, story: Story): Problem[] {
  const problems: Problem[] = [];
  const { meta } = story;
  const groups = new Set(meta.groups.map((g) => g.id));
  const camps = new Set(meta.camps.map((c) => c.id));
  const countries = new Set(meta.countries.map((c) => c.id));
  const sides = meta.sides.map((s) => s.id);
  const inStory = (field: string, ref: string, pool: Set<string>, what: string) => {
    if (!pool.has(ref)) problems.push({ file: files.story.file, field, message: `"${ref}" is not ${an(what)} of this story (allowed: ${allowed(pool)})` });
  };
  const unique = (list: string[], field: string, what: string) => {
    const seen = new Set<string>();
    list.forEach((id, i) => {
      if (seen.has(id)) problems.push({ file: files.story.file, field: `${field}[${i}]`, message: `repeats the ${what} "${id}"` });
      seen.add(id);
    });
  };
  unique(meta.groups.map((g) => g.id), 'story.groups', 'group');
  unique(sides, 'story.sides', 'side');
  unique(meta.lanes.order, 'story.lanes.order', 'lane');

  meta.sides.forEach((s, i) => {
    inStory(`story.sides[${i}].group`, s.group, groups, 'group');
    if (s.id === OUTCOME) problems.push({ file: files.story.file, field: `story.sides[${i}].id`, message: `"${OUTCOME}" names the matrix's last column; choose another id` });
  });
  const joint = meta.lanes.joint;
  joint?.groups.forEach((g, i) => inStory(`story.lanes.joint.groups[${i}]`, g, groups, 'group'));
  const laneIds = new Set([...meta.groups.filter((g) => g.lane !== false).map((g) => g.id), ...(joint ? [joint.id] : [])]);
  meta.lanes.order.forEach((id, i) => inStory(`story.lanes.order[${i}]`, id, laneIds, 'lane'));
  for (const id of laneIds) {
    if (!meta.lanes.order.includes(id)) problems.push({ file: files.story.file, field: 'story.lanes.order', message: `leaves out the lane "${id}" (a group without a lane says "lane": false)` });
  }
  for (const c of contrastProblems(meta)) {
    const i = meta.groups.findIndex((g) => g.id === c.group);
    problems.push({ file: files.story.file, field: i >= 0 ? `story.groups[${i}].colour` : 'story.lanes.joint', message: c.message });
  }
  if (meta.home) inStory('story.home', meta.home, countries, 'country');
  inStory('story.hub.event', meta.hub.event, new Set(story.events.map((e) => e.id)), 'event');
  const countFrom = meta.timeline.countFrom;
  if (countFrom) inStory('story.timeline.countFrom.actor', countFrom.actor, new Set(story.actors.map((a) => a.id)), 'actor');

  const inData = (file: string, item: string, field: string, ref: string, pool: Set<string>, what: string) => {
    if (!pool.has(ref)) problems.push({ file, item, field, message: `"${ref}" is not ${an(what)} of this story (allowed: ${allowed(pool)}; see ${files.story.file})` });
  };
  for (const a of story.actors) {
    inData(files.actors.file, a.id, 'group', a.group, groups, 'group');
    if (a.camp) inData(files.actors.file, a.id, 'camp', a.camp, camps, 'camp');
    if (a.country) inData(files.actors.file, a.id, 'country', a.country, countries, 'country');
  }
  for (const s of story.stances) {
    for (const side of Object.keys(s.positions)) inData(files.stances.file, s.id, `positions.${side}`, side, new Set(sides), 'side');
    for (const side of sides) {
      if (!(side in s.positions)) problems.push({ file: files.stances.file, item: s.id, field: 'positions', message: `has no position for the side "${side}" (every stance has one per side: ${allowed(sides)})` });
    }
  }
  return problems;
}
