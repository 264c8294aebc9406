import { expect, test } from 'vitest';
import { unwrapLongitudes } from '../../src/geo/unwrap';

test('unwrapLongitudes continues past -180 instead of jumping to +179', () => {
  expect(
    unwrapLongitudes([
      [-178, 10],
      [179, 11],
      [170, 12],
    ]),
  ).toEqual([
    [-178, 10],
    [-181, 11],
    [-190, 12],
  ]);
});

test('unwrapLongitudes continues past +180 going east', () => {
  expect(
    unwrapLongitudes([
      [175, 0],
      [-175, 0],
    ]),
  ).toEqual([
    [175, 0],
    [185, 0],
  ]);
});

test('unwrapLongitudes leaves a line that does not cross unchanged', () => {
  expect(
    unwrapLongitudes([
      [10, 0],
      [20, 5],
      [30, 10],
    ]),
  ).toEqual([
    [10, 0],
    [20, 5],
    [30, 10],
  ]);
});

test('unwrapLongitudes keeps the first point as given', () => {
  expect(unwrapLongitudes([[-77, 39]])[0]).toEqual([-77, 39]);
});
