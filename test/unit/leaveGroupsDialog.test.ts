import type { ListedGroup } from '../../src/bulk/groupList';
import { leaveGroupsDialog, namesOf } from '../../src/dialog/leaveGroupsDialog';

const group = (id: string, status: ListedGroup['status'] = 'leaves'): ListedGroup => ({ id, name: `g-${id}`, status });

type View = Omit<ReturnType<typeof leaveGroupsDialog>, 'blocks'> & {
	blocks: Array<{ blockId: string; text?: { text: string }; elements?: Array<Record<string, unknown>> }>;
};

describe('the /leavegroups dialog', () => {
	it('offers the leavable groups in one multi-select and nothing to press until some are chosen', () => {
		const view = leaveGroupsDialog('app', [group('1'), group('2'), group('3', 'archived')], [], 'en') as unknown as View;
		const select = view.blocks.find((block) => block.blockId === 'leave-groups.choose')!.elements![0];

		expect(select).toMatchObject({ type: 'multi_static_select', actionId: 'leave-groups.choose', initialValue: [] });
		expect((select.options as Array<{ value: string }>).map((option) => option.value)).toEqual(['1', '2']);
		expect(view.submit).toBeUndefined();
		expect(view.close).toMatchObject({ text: { text: 'Close' } });
	});

	it('says how many it will leave on its danger button, keeping only chosen groups it offered', () => {
		const view = leaveGroupsDialog('app', [group('1'), group('2'), group('3', 'lastOwner')], ['1', '3', 'x'], 'en') as unknown as View;

		expect(view.submit).toMatchObject({ actionId: 'leave-groups.leave', style: 'danger', text: { text: 'Leave 1 group' } });
		expect(view.blocks.find((block) => block.blockId === 'leave-groups.choose')!.elements![0].initialValue).toEqual(['1']);
		expect((leaveGroupsDialog('app', [group('1'), group('2')], ['1', '2'], 'de') as unknown as View).submit).toMatchObject({
			text: { text: '2 Gruppen verlassen' },
		});
	});

	it('says so when none can be left, and lists the others by reason', () => {
		const view = leaveGroupsDialog('app', [group('1', 'lastOwner'), group('2', 'notAllowed')], [], 'en') as unknown as View;
		const texts = view.blocks.map((block) => block.text?.text);

		expect(texts).toContain('There is none you can leave right now.');
		expect(texts).toContain('You are the last owner, so you cannot leave yet (make another member owner first): #g-1');
		expect(texts).toContain('Your role may not leave private groups (ask an administrator): #g-2');
	});

	it('names 20 groups per reason and counts the rest, so a list of hundreds stays readable', () => {
		const names = Array.from({ length: 25 }, (_, index) => `n${index}`);
		expect(namesOf('en', names, 20)).toBe(
			`${names
				.slice(0, 20)
				.map((name) => `#${name}`)
				.join(', ')} and 5 more`,
		);
		expect(namesOf('fr', ['a', 'b'], 20)).toBe('#a, #b');
	});
});
