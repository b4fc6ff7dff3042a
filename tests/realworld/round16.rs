//! Real code round 16: Advent-of-Code and algorithm code. Grids as
//! `Vec<Vec<char>>`/`Vec<&str>`, neighbours with dx/dy tuples, parsing lines
//! with split/parse and `?` or `if let`, sets and dicts of tuple coordinates,
//! sum/any/all/max/min over generators, zip/enumerate/rev/step_by/windows/
//! chunks, transposition, sieves, DP tables, BFS frontiers as set
//! comprehensions, counting with dicts, string/char/bytes manipulation.
#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use std::collections::{HashMap, HashSet};
use std::num::ParseIntError;

const MAZE: &str = "\
#########
#S..#...#
#.#.#.#.#
#.#...#E#
#########";

const DIRS: [(i64, i64); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];

// --- grids: parsing -----------------------------------------------------------

#[test]
fn grid_of_chars() {
    // Python: grid = [list(line) for line in text.splitlines()]
    let grid = comp![line.chars().collect::<Vec<char>>() for line in MAZE.lines()];
    let mut by_hand: Vec<Vec<char>> = Vec::new();
    for line in MAZE.lines() {
        by_hand.push(line.chars().collect());
    }
    assert_eq!(grid, by_hand);
    assert_eq!(grid[1][1], 'S');
}

#[test]
fn grid_of_digits_nested_display() {
    // Python: grid = [[int(c) for c in line] for line in text.splitlines()]
    let text = "30373\n25512\n65332\n33549\n35390";
    let grid = comp![[c.to_digit(10).unwrap() for c in line.chars()] for line in text.lines()];
    let by_hand: Vec<Vec<u32>> = text
        .lines()
        .map(|l| l.chars().map(|c| c.to_digit(10).unwrap()).collect())
        .collect();
    assert_eq!(grid, by_hand);
    // Python: visible_from_left = [[all(row[k] < h for k in range(j)) for j, h in enumerate(row)] for row in grid]
    let visible = comp![
        [(row[k] < h for k in 0..j).all(|b| b) for (j, &h) in row.iter().enumerate()]
        for row in &grid
    ];
    let mut vis_hand = Vec::new();
    for row in &grid {
        let mut v = Vec::new();
        for (j, &h) in row.iter().enumerate() {
            v.push(row[..j].iter().all(|&x| x < h));
        }
        vis_hand.push(v);
    }
    assert_eq!(visible, vis_hand);
}

#[test]
fn walls_as_set_of_tuples_bare_patterns() {
    // Python: walls = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == '#'}
    let grid: Vec<Vec<char>> = MAZE.lines().map(|l| l.chars().collect()).collect();
    let walls = comp!({(r, c) for r, row in grid.iter().enumerate() for c, ch in row.iter().enumerate() if *ch == '#'});
    let mut by_hand = HashSet::new();
    for (r, row) in grid.iter().enumerate() {
        for (c, ch) in row.iter().enumerate() {
            if *ch == '#' {
                by_hand.insert((r, c));
            }
        }
    }
    assert_eq!(walls, by_hand);
}

#[test]
fn start_position_next_of_lazy() {
    // Python: start = next((r, c) for r, line in enumerate(lines) for c, ch in enumerate(line) if ch == 'S')
    let lines: Vec<&str> = MAZE.lines().collect();
    let start = comp!(((r, c) for (r, line) in lines.iter().enumerate() for (c, ch) in line.chars().enumerate() if ch == 'S')).next();
    let end = comp!(((r, c) for (r, line) in lines.iter().enumerate() for (c, ch) in line.char_indices() if ch == 'E')).next();
    assert_eq!(start, Some((1, 1)));
    assert_eq!(end, Some((3, 7)));
}

#[test]
fn heights_dict_of_coordinates() {
    // Python: heights = {(x, y): h for y, row in enumerate(grid) for x, h in enumerate(row)}
    let grid = vec![vec![1u8, 2, 3], vec![4, 5, 6]];
    let heights = comp!({(x, y): h for (y, row) in grid.iter().enumerate() for (x, &h) in row.iter().enumerate()});
    let mut by_hand = HashMap::new();
    for (y, row) in grid.iter().enumerate() {
        for (x, &h) in row.iter().enumerate() {
            by_hand.insert((x, y), h);
        }
    }
    assert_eq!(heights, by_hand);
    // Python: low = [p for p, h in heights.items() if all(heights.get((p[0]+dx, p[1]+dy), 10) > h for dx, dy in D)]
    let low = comp![
        *p for (p, &h) in &heights
        if (heights.get(&(p.0.wrapping_add_signed(dx as isize), p.1.wrapping_add_signed(dy as isize))).copied().unwrap_or(10) > h for (dx, dy) in DIRS).all(|b| b)
    ];
    let mut low_hand = Vec::new();
    for (p, &h) in &heights {
        let mut ok = true;
        for (dx, dy) in DIRS {
            let q = (
                p.0.wrapping_add_signed(dx as isize),
                p.1.wrapping_add_signed(dy as isize),
            );
            if heights.get(&q).copied().unwrap_or(10) <= h {
                ok = false;
            }
        }
        if ok {
            low_hand.push(*p);
        }
    }
    assert_eq!(low, low_hand);
    assert_eq!(low, vec![(0, 0)]);
}

#[test]
fn grid_as_byte_rows() {
    // Python: rows = [line.encode() for line in lines]
    let rows = comp![line.as_bytes() for line in MAZE.lines()];
    // Python: dots = sum(row.count(b'.') for row in rows)
    let dots = comp!((row.iter().filter(|&&b| b == b'.').count() for row in &rows)).sum::<usize>();
    let by_hand = MAZE.bytes().filter(|&b| b == b'.').count();
    assert_eq!(dots, by_hand);
    assert_eq!(rows.len(), 5);
}

// --- neighbours -----------------------------------------------------------------

#[test]
fn four_neighbours_chained_comparison() {
    // Python: [(r + dr, c + dc) for dr, dc in DIRS if 0 <= r + dr < H and 0 <= c + dc < W]
    let (h, w) = (5i64, 9i64);
    let (r, c) = (0i64, 3i64);
    let ns = comp![(r + dr, c + dc) for (dr, dc) in DIRS if 0 <= r + dr < h && 0 <= c + dc < w];
    let mut by_hand = Vec::new();
    for (dr, dc) in DIRS {
        let (nr, nc) = (r + dr, c + dc);
        if nr >= 0 && nr < h && nc >= 0 && nc < w {
            by_hand.push((nr, nc));
        }
    }
    assert_eq!(ns, by_hand);
    assert_eq!(ns.len(), 3);
}

#[test]
fn eight_neighbours_tuple_inequality() {
    // Python: N8 = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]
    let n8 = comp![(dx, dy) for dx in -1..=1 for dy in -1..=1 if (dx, dy) != (0, 0)];
    let mut by_hand = Vec::new();
    for dx in -1..=1 {
        for dy in -1..=1 {
            if dx != 0 || dy != 0 {
                by_hand.push((dx, dy));
            }
        }
    }
    assert_eq!(n8, by_hand);
    assert_eq!(n8.len(), 8);
}

fn live_neighbours(p: (i32, i32), live: &HashSet<(i32, i32)>) -> usize {
    // Python: sum((x + dx, y + dy) in live for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    comp!((1 for dx in -1..=1 for dy in -1..=1 if (dx, dy) != (0, 0) && live.contains(&(p.0 + dx, p.1 + dy)))).count()
}

#[test]
fn game_of_life_step_with_walrus() {
    // Python: cands = {(x + dx, y + dy) for x, y in live for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
    //         new = {p for p in cands if (n := count(p)) == 3 or n == 2 and p in live}
    let live: HashSet<(i32, i32)> = [(1, 0), (1, 1), (1, 2)].into_iter().collect(); // blinker
    let cands = comp!({(x + dx, y + dy) for &(x, y) in &live for dx in -1..=1 for dy in -1..=1});
    let new = comp!({p for &p in &cands if (n := live_neighbours(p, &live)) == 3 || n == 2 && live.contains(&p)});
    let mut by_hand = HashSet::new();
    for &p in &cands {
        let n = live_neighbours(p, &live);
        if n == 3 || (n == 2 && live.contains(&p)) {
            by_hand.insert(p);
        }
    }
    assert_eq!(new, by_hand);
    assert_eq!(new, [(0, 1), (1, 1), (2, 1)].into_iter().collect());
}

#[test]
fn neighbours_via_checked_get() {
    // Python: [grid[r+dr][c+dc] for dr, dc in DIRS if 0 <= r+dr < H and 0 <= c+dc < W]
    let grid: Vec<Vec<char>> = MAZE.lines().map(|l| l.chars().collect()).collect();
    let (r, c) = (1usize, 1usize);
    let around = comp![
        ch for (dr, dc) in DIRS
        if let Some(&ch) = grid.get(r.wrapping_add_signed(dr as isize)).and_then(|row| row.get(c.wrapping_add_signed(dc as isize)))
    ];
    let mut by_hand = Vec::new();
    for (dr, dc) in DIRS {
        let (nr, nc) = (r as i64 + dr, c as i64 + dc);
        if nr >= 0 && (nr as usize) < grid.len() && nc >= 0 && (nc as usize) < grid[0].len() {
            by_hand.push(grid[nr as usize][nc as usize]);
        }
    }
    assert_eq!(around, by_hand);
    assert_eq!(around, vec!['.', '.', '#', '#']);
}

fn neighbours(p: (i64, i64)) -> impl Iterator<Item = (i64, i64)> {
    // Python: def neighbours(p): return ((p[0] + dx, p[1] + dy) for dx, dy in DIRS)
    comp!(move ((p.0 + dx, p.1 + dy) for (dx, dy) in DIRS))
}

#[test]
fn neighbours_returned_lazily() {
    let ns: Vec<_> = neighbours((2, 2)).collect();
    let by_hand: Vec<_> = DIRS.iter().map(|&(dx, dy)| (2 + dx, 2 + dy)).collect();
    assert_eq!(ns, by_hand);
}

// --- parsing lines ----------------------------------------------------------------

fn parse_csv_ints(line: &str) -> Result<Vec<i64>, ParseIntError> {
    // Python: return [int(x) for x in line.split(',')]
    comp![x.trim().parse::<i64>()? for x in line.split(',')]
}

#[test]
fn parse_ints_with_question_mark() {
    assert_eq!(parse_csv_ints("1, 2,3"), Ok(vec![1, 2, 3]));
    assert!(parse_csv_ints("1,x").is_err());
}

#[test]
fn parse_pairs_split_once_if_let() {
    // Python: pts = [tuple(map(int, l.split(','))) for l in lines if ',' in l]
    let text = "6,10\n0,14\nfold\n9,10";
    let pts = comp![(a.parse::<i32>().unwrap(), b.parse::<i32>().unwrap()) for l in text.lines() if let Some((a, b)) = l.split_once(',')];
    let mut by_hand = Vec::new();
    for l in text.lines() {
        if let Some((a, b)) = l.split_once(',') {
            by_hand.push((a.parse::<i32>().unwrap(), b.parse::<i32>().unwrap()));
        }
    }
    assert_eq!(pts, by_hand);
}

fn parse_moves(text: &str) -> Result<Vec<(usize, usize, usize)>, ParseIntError> {
    // Python: [(int(w[1]), int(w[3]), int(w[5])) for line in text.splitlines() for w in [line.split()]]
    comp![(w[1].parse()?, w[3].parse()?, w[5].parse()?) for line in text.lines() let w: Vec<&str> = line.split_whitespace().collect()]
}

#[test]
fn parse_crane_moves_let_vec() {
    let text = "move 1 from 2 to 1\nmove 3 from 1 to 3";
    let moves = parse_moves(text).unwrap();
    let mut by_hand = Vec::new();
    for line in text.lines() {
        let w: Vec<&str> = line.split(' ').collect();
        by_hand.push((
            w[1].parse().unwrap(),
            w[3].parse().unwrap(),
            w[5].parse().unwrap(),
        ));
    }
    assert_eq!(moves, by_hand);
    assert!(parse_moves("move x from 1 to 2").is_err());
}

#[test]
fn option_question_mark_on_split_once() {
    // Python: [line.split(': ')[1] for line in lines] (raises on a line without ': ')
    let good = "Game 1: a\nGame 2: bb";
    let r: Option<Vec<&str>> = comp![line.split_once(": ")?.1 for line in good.lines()];
    assert_eq!(r, Some(vec!["a", "bb"]));
    let bad = "Game 1: a\nGame 2 bb";
    let r2 = comp![line.split_once(": ")?.1.len() for line in bad.lines()];
    assert_eq!(r2, None);
}

#[test]
fn dict_from_nested_generator_iterable() {
    // Python: {name: int(val) for name, val in (l.split('=') for l in lines)}
    let text = "a=1\nb=22\nc=333";
    let d = comp!({name: val.parse::<i32>().unwrap() for (name, val) in (l.split_once('=').unwrap() for l in text.lines())});
    let mut by_hand = HashMap::new();
    for l in text.lines() {
        let (name, val) = l.split_once('=').unwrap();
        by_hand.insert(name, val.parse::<i32>().unwrap());
    }
    assert_eq!(d, by_hand);
}

#[test]
fn strip_prefix_if_let_program() {
    // Python: xs = [int(l[5:]) for l in prog if l.startswith('addx ')]
    let prog = "noop\naddx 3\naddx -5\nnoop";
    let xs = comp![n.parse::<i32>().unwrap() for l in prog.lines() if let Some(n) = l.strip_prefix("addx ")];
    let by_hand: Vec<i32> = prog
        .lines()
        .filter_map(|l| l.strip_prefix("addx "))
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!(xs, by_hand);
    // Python: cycles = sum(2 if l.startswith('addx') else 1 for l in prog)
    let cycles = comp!((2 if l.starts_with("addx") else 1 for l in prog.lines())).sum::<u32>();
    assert_eq!(cycles, 6);
}

fn doubled(v: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    // Python: [(n := int(s)) * 2 + n for s in v]
    comp![(n := s.parse::<i32>()?) * 2 + n for s in v]
}

#[test]
fn walrus_with_question_mark() {
    assert_eq!(doubled(&["1", "5"]), Ok(vec![3, 15]));
    assert!(doubled(&["1", "z"]).is_err());
}

#[test]
fn scratchcards_sets_and_sum() {
    // Python:
    //   for line in cards:
    //       left, right = line.split(': ')[1].split(' | ')
    //       win = {int(x) for x in left.split()}
    //       n = sum(1 for x in right.split() if int(x) in win)
    //   points = [2 ** (n - 1) if n else 0 for n in matches]
    let cards = "Card 1: 41 48 83 86 17 | 83 86  6 31 17  9 48 53\nCard 2: 13 32 20 16 61 | 61 30 68 82 17 32 24 19\nCard 3:  1 21 53 59 44 | 69 82 63 72 16 21 14  1";
    let matches = comp![
        comp!((1 for x in right.split_whitespace() if win.contains(&x.parse::<u32>().unwrap()))).count()
        for line in cards.lines()
        let (left, right) = line.split_once(": ").unwrap().1.split_once(" | ").unwrap()
        let win = {x.parse::<u32>().unwrap() for x in left.split_whitespace()}
    ];
    let points = comp![2u32.pow(n as u32 - 1) if n > 0 else 0 for &n in &matches];
    let mut by_hand = Vec::new();
    for line in cards.lines() {
        let (left, right) = line.split_once(": ").unwrap().1.split_once(" | ").unwrap();
        let win: HashSet<u32> = left
            .split_whitespace()
            .map(|x| x.parse().unwrap())
            .collect();
        by_hand.push(
            right
                .split_whitespace()
                .filter(|x| win.contains(&x.parse::<u32>().unwrap()))
                .count(),
        );
    }
    assert_eq!(matches, by_hand);
    assert_eq!(points, vec![8, 2, 2]);
}

#[test]
fn signed_numbers_from_noise() {
    // Python: nums = [int(t) for t in re.split(r'[^-\d]+', line) if t]
    let line = "Sensor at x=2, y=-18: closest beacon is at x=-2, y=15";
    let nums = comp![t.parse::<i64>().unwrap() for t in line.split(|c: char| !(c.is_ascii_digit() || c == '-')) if !t.is_empty()];
    assert_eq!(nums, vec![2, -18, -2, 15]);
    // Python: dist = abs(a - c) + abs(b - d)
    let dist = comp!(((p - q).abs() for (p, q) in nums[..2].iter().zip(&nums[2..]))).sum::<i64>();
    assert_eq!(dist, (2i64 - -2).abs() + (-18i64 - 15).abs());
}

// --- sets and dicts of coordinates ------------------------------------------------

#[test]
fn char_counts_over_temporary_set() {
    // Python: {c: s.count(c) for c in set(s)}
    let s = "abracadabra";
    let counts = comp!({c: s.matches(c).count() for c in s.chars().collect::<HashSet<_>>()});
    let mut by_hand = HashMap::new();
    for c in s.chars() {
        *by_hand.entry(c).or_insert(0) += 1;
    }
    assert_eq!(counts, by_hand);
}

#[test]
fn invert_dict_and_conditional_value() {
    // Python: inv = {v: k for k, v in d.items()}
    let d: HashMap<&str, i32> = [("a", 1), ("b", 20), ("c", 3)].into_iter().collect();
    let inv = comp!({v: k for (k, v) in &d});
    let mut by_hand = HashMap::new();
    for (k, v) in &d {
        by_hand.insert(v, k);
    }
    assert_eq!(inv, by_hand);
    // Python: size = {k: 'big' if v > 10 else 'small' for k, v in d.items()}
    let size = comp!({*k: "big" if *v > 10 else "small" for (k, v) in d.iter()});
    assert_eq!(size["b"], "big");
    assert_eq!(size["a"], "small");
    assert_eq!(size.len(), 3);
}

#[test]
fn common_items_in_rucksacks() {
    // Python: sum(prio(c) for l in lines for c in set(l[:len(l)//2]) & set(l[len(l)//2:]))
    fn prio(c: char) -> u32 {
        if c.is_ascii_lowercase() {
            c as u32 - 'a' as u32 + 1
        } else {
            c as u32 - 'A' as u32 + 27
        }
    }
    let sacks = "vJrwpWtwJgWrhcsFMMfFFhFp\njqHRNqRjqzjGDLGLrsFMfFZSrLrFMfFZSrLrFMfFZSrLrFMfFZSrLrFMfFZS\nPmmdzqPrVvPwwTWBwg";
    let total = comp!((
        prio(*c)
        for l in sacks.lines()
        let (a, b) = l.split_at(l.len() / 2)
        for c in {x for x in a.chars()}.intersection(&{x for x in b.chars()})
    ))
    .sum::<u32>();
    let mut by_hand = 0;
    for l in sacks.lines() {
        let (a, b) = l.split_at(l.len() / 2);
        let sa: HashSet<char> = a.chars().collect();
        let sb: HashSet<char> = b.chars().collect();
        for c in sa.intersection(&sb) {
            by_hand += prio(*c);
        }
    }
    assert_eq!(total, by_hand);
}

#[test]
fn groups_of_three_badges_chunks() {
    // Python: [(set(a) & set(b) & set(c)).pop() for a, b, c in zip(*[iter(lines)] * 3)]
    let lines = vec![
        "vJrwpWtwJgWrhcsFMMfFFhFp",
        "jqHRNqRjqzjGDLGLrsFMfFZSrLrFMfFZSrL",
        "PmmdzqPrVvPwwTWBwg",
    ];
    let badges = comp![
        c for g in lines.chunks(3) if let [a, b, c3] = g
        for c in a.chars() if b.contains(c) && c3.contains(c)
    ];
    let mut by_hand = Vec::new();
    for g in lines.chunks(3) {
        for ch in g[0].chars() {
            if g[1].contains(ch) && g[2].contains(ch) {
                by_hand.push(ch);
            }
        }
    }
    assert_eq!(badges, by_hand);
    assert!(badges.iter().all(|&c| c == 'r'));
}

#[test]
fn walrus_in_dict_key() {
    // Python: {(k := line.split(':')[0]): len(k) for line in lines}
    let lines = ["alpha: 1", "be: 2"];
    let d = comp!({(k := line.split_once(':').unwrap().0): k.len() for line in lines});
    let mut by_hand = HashMap::new();
    for line in lines {
        let k = line.split_once(':').unwrap().0;
        by_hand.insert(k, k.len());
    }
    assert_eq!(d, by_hand);
}

#[test]
fn conditional_in_tuple_key() {
    // Python: {('odd' if x % 2 else 'even', x % 3): x for x in range(10)}
    let d = comp!({("odd" if x % 2 == 1 else "even", x % 3): x for x in 0..10});
    let mut by_hand = HashMap::new();
    for x in 0..10 {
        by_hand.insert((if x % 2 == 1 { "odd" } else { "even" }, x % 3), x);
    }
    assert_eq!(d, by_hand);
}

#[test]
fn adjacency_dict_of_sets() {
    // Python: adj = {a: {b for x, b in edges if x == a} for a, _ in edges}
    let edges = vec![("A", "B"), ("A", "C"), ("B", "C"), ("C", "A")];
    let adj = comp!({a: {b for &(x, b) in &edges if x == a} for &(a, _) in &edges});
    let mut by_hand: HashMap<&str, HashSet<&str>> = HashMap::new();
    for &(a, b) in &edges {
        by_hand.entry(a).or_default().insert(b);
    }
    assert_eq!(adj, by_hand);
}

// --- aggregates: sum/any/all/max/min --------------------------------------------

#[test]
fn calorie_groups_max_and_top_three() {
    // Python: totals = [sum(int(x) for x in chunk.split()) for chunk in text.split('\n\n')]
    let text = "1000\n2000\n3000\n\n4000\n\n5000\n6000\n\n7000\n8000\n9000\n\n10000";
    let totals = comp![(x.parse::<u32>().unwrap() for x in chunk.lines()).sum::<u32>() for chunk in text.split("\n\n")];
    let mut by_hand = Vec::new();
    for chunk in text.split("\n\n") {
        by_hand.push(
            chunk
                .lines()
                .map(|x| x.parse::<u32>().unwrap())
                .sum::<u32>(),
        );
    }
    assert_eq!(totals, by_hand);
    // Python: max(sum(...) for chunk in ...)
    let best = comp!((Iterator::sum::<u32>(x.parse::<u32>().unwrap() for x in chunk.lines()) for chunk in text.split("\n\n"))).max();
    assert_eq!(best, Some(24000));
}

#[test]
fn max_len_min_default() {
    // Python: max(len(l) for l in lines); min((len(l) for l in lines if l.startswith('z')), default=0)
    let lines = ["abc", "de", "fghij"];
    let longest = comp!((l.len() for l in lines)).max().unwrap();
    let none_z = comp!((l.len() for l in lines if l.starts_with('z')))
        .min()
        .unwrap_or(0);
    assert_eq!(longest, lines.iter().map(|l| l.len()).max().unwrap());
    assert_eq!(none_z, 0);
}

#[test]
fn argmax_with_key_function() {
    // Python: best = max(scores, key=scores.get); worst = min(scores.items(), key=lambda kv: kv[1])
    let scores: HashMap<&str, i32> = [("ann", 7), ("bob", 12), ("cy", 3)].into_iter().collect();
    let best = comp!((k for k in scores.keys())).max_by_key(|k| scores[*k]);
    let worst = comp!(((k, v) for (k, v) in &scores)).min_by_key(|&(_, v)| *v);
    assert_eq!(best, Some(&"bob"));
    assert_eq!(worst, Some((&"cy", &3)));
    // Python: max((v, k) for k, v in scores.items())
    let top = comp!(((*v, *k) for (k, v) in &scores)).max();
    assert_eq!(top, Some((12, "bob")));
}

#[test]
fn any_all_over_generators() {
    // Python: any(c.isdigit() for c in s), all(c.isalpha() for c in s)
    let s = "abc1";
    assert!(comp!((c.is_ascii_digit() for c in s.chars())).any(|d| d));
    assert!(!comp!((c.is_alphabetic() for c in s.chars())).all(|a| a));
    // Python: safe = all(1 <= abs(b - a) <= 3 for a, b in zip(r, r[1:]))
    let reports: Vec<Vec<i32>> = vec![
        vec![7, 6, 4, 2, 1],
        vec![1, 2, 7, 8, 9],
        vec![1, 3, 2, 4, 5],
    ];
    let safe = comp![
        r for r in &reports
        if (1 <= (b - a).abs() <= 3 for (a, b) in r.iter().zip(&r[1..])).all(|ok| ok)
        && ((a < b for (a, b) in r.iter().zip(&r[1..])).all(|x| x) || (a > b for (a, b) in r.iter().zip(&r[1..])).all(|x| x))
    ];
    let mut by_hand = Vec::new();
    for r in &reports {
        let steps_ok = r.windows(2).all(|w| (1..=3).contains(&(w[1] - w[0]).abs()));
        let inc = r.windows(2).all(|w| w[0] < w[1]);
        let dec = r.windows(2).all(|w| w[0] > w[1]);
        if steps_ok && (inc || dec) {
            by_hand.push(r);
        }
    }
    assert_eq!(safe, by_hand);
    assert_eq!(safe.len(), 1);
}

#[test]
fn euler_one_and_digit_sum() {
    // Python: sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0)
    let s = comp!((x for x in 0..1000 if x % 3 == 0 || x % 5 == 0)).sum::<u32>();
    let mut by_hand = 0;
    for x in 0..1000 {
        if x % 3 == 0 || x % 5 == 0 {
            by_hand += x;
        }
    }
    assert_eq!(s, by_hand);
    // Python: sum(int(c) for c in str(2 ** 15))
    let ds =
        comp!((c.to_digit(10).unwrap() for c in 2u64.pow(15).to_string().chars())).sum::<u32>();
    assert_eq!(ds, 3 + 2 + 7 + 6 + 8);
}

#[test]
fn sonar_windows_count() {
    // Python: sum(1 for a, b in zip(d, d[1:]) if b > a)
    let depths = vec![199, 200, 208, 210, 200, 207, 240, 269, 260, 263];
    let inc = comp!((1 for w in depths.windows(2) if w[1] > w[0])).count();
    // Python: sums = [sum(d[i:i+3]) for i in range(len(d) - 2)]
    let sums = comp![w.iter().sum::<i32>() for w in depths.windows(3)];
    let inc3 = comp!((() for (a, b) in sums.iter().zip(sums.iter().skip(1)) if b > a)).count();
    let mut h1 = 0;
    for i in 1..depths.len() {
        if depths[i] > depths[i - 1] {
            h1 += 1;
        }
    }
    assert_eq!(inc, h1);
    assert_eq!(inc, 7);
    assert_eq!(inc3, 5);
}

#[test]
fn min_of_distance_tuples() {
    // Python: min((abs(x - px) + abs(y - py), (x, y)) for x, y in pts)
    let (px, py) = (0i32, 0i32);
    let pts = vec![(3, 4), (-1, 1), (2, -2)];
    let nearest = comp!((((x - px).abs() + (y - py).abs(), (x, y)) for &(x, y) in &pts)).min();
    assert_eq!(nearest, Some((2, (-1, 1))));
    // Python: sum(x * y for x, y in pts) / len(pts)
    let mean =
        comp!(((x * y) as f64 for (x, y) in pts.iter().copied())).sum::<f64>() / pts.len() as f64;
    assert_eq!(mean, (12.0 - 1.0 - 4.0) / 3.0);
}

// --- zip / enumerate / rev / step_by / chunks -------------------------------------

#[test]
fn dot_product_and_positions() {
    // Python: [a * b for a, b in zip(xs, ys)]; [i for i, c in enumerate(s) if c == '#']
    let xs = vec![1, 2, 3];
    let ys = vec![4, 5, 6];
    let prods = comp![a * b for (a, b) in xs.iter().zip(&ys)];
    assert_eq!(prods, vec![4, 10, 18]);
    let s = "#..#.#";
    let pos = comp![i for (i, c) in s.chars().enumerate() if c == '#'];
    assert_eq!(
        pos,
        s.match_indices('#').map(|(i, _)| i).collect::<Vec<_>>()
    );
}

#[test]
fn reversed_string_and_enumerate_from_one() {
    // Python: s[::-1]; [(i, w) for i, w in enumerate(words, 1)]
    let s = "stressed";
    let r = comp!((c for c in s.chars().rev())).collect::<String>();
    assert_eq!(r, "desserts");
    let words = ["x", "y", "z"];
    let numbered = comp![(i, w) for (w, i) in words.iter().zip(1..)];
    assert_eq!(numbered, vec![(1, &"x"), (2, &"y"), (3, &"z")]);
    // Python: [(i, x) for i, x in reversed(list(enumerate(xs)))]
    let back = comp![(i, *x) for (i, x) in words.iter().enumerate().rev()];
    assert_eq!(back, vec![(2, "z"), (1, "y"), (0, "x")]);
}

#[test]
fn step_by_slices_and_stacks() {
    // Python: evens = [xs[i] for i in range(0, len(xs), 2)]
    let xs = vec![10, 11, 12, 13, 14];
    let evens = comp![xs[i] for i in (0..xs.len()).step_by(2)];
    assert_eq!(evens, vec![10, 12, 14]);
    // Python: crates = [line[i] for i in range(1, len(line), 4)]
    let line = "[Z] [M] [P]";
    let crates = comp![line.as_bytes()[i] as char for i in (1..line.len()).step_by(4)];
    assert_eq!(crates, vec!['Z', 'M', 'P']);
    // Python: cells = [line[i:i+4] for i in range(0, len(line), 4)]
    let cells = comp![&line[i..(i + 4).min(line.len())] for i in (0..line.len()).step_by(4)];
    assert_eq!(cells, vec!["[Z] ", "[M] ", "[P]"]);
}

#[test]
fn stacks_from_drawing_transposed_rev() {
    // Python: stacks = [[row[i] for row in reversed(rows) if row[i] != ' '] for i in range(1, width, 4)]
    let drawing = "    [D]    \n[N] [C]    \n[Z] [M] [P]";
    let rows: Vec<&[u8]> = drawing.lines().map(str::as_bytes).collect();
    let width = rows[0].len();
    let stacks = comp![[row[i] as char for row in rows.iter().rev() if row[i] != b' '] for i in (1..width).step_by(4)];
    let mut by_hand = Vec::new();
    for i in (1..width).step_by(4) {
        let mut st = Vec::new();
        for row in rows.iter().rev() {
            if row[i] != b' ' {
                st.push(row[i] as char);
            }
        }
        by_hand.push(st);
    }
    assert_eq!(stacks, by_hand);
    assert_eq!(stacks[0], vec!['Z', 'N']);
}

#[test]
fn pairs_from_chunks_exact() {
    // Python: pairs = [(xs[i], xs[i+1]) for i in range(0, len(xs), 2)]
    let xs = [1, 2, 3, 4, 5, 6];
    let pairs = comp![(c[0], c[1]) for c in xs.chunks_exact(2)];
    assert_eq!(pairs, vec![(1, 2), (3, 4), (5, 6)]);
    // Python: {a: b for a, b in pairs}
    let d = comp!({a: b for &(a, b) in pairs.iter()});
    assert_eq!(d.len(), 3);
    assert_eq!(d[&3], 4);
}

// --- transposition -------------------------------------------------------------

fn transpose<T: Copy>(m: &[Vec<T>]) -> Vec<Vec<T>> {
    // Python: [[row[i] for row in m] for i in range(len(m[0]))]
    comp![[row[i] for row in m] for i in 0..m[0].len()]
}

#[test]
fn transpose_generic_fn() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = transpose(&m);
    let mut by_hand = vec![vec![0; 2]; 3];
    for (i, row) in m.iter().enumerate() {
        for (j, &x) in row.iter().enumerate() {
            by_hand[j][i] = x;
        }
    }
    assert_eq!(t, by_hand);
    let chars = transpose(&[vec!['a', 'b'], vec!['c', 'd']]);
    assert_eq!(chars, vec![vec!['a', 'c'], vec!['b', 'd']]);
}

#[test]
fn columns_as_strings() {
    // Python: cols = [''.join(row[i] for row in lines) for i in range(len(lines[0]))]
    let lines = vec!["abc", "def", "ghi"];
    let cols = comp![(row.as_bytes()[i] as char for row in &lines).collect::<String>() for i in 0..lines[0].len()];
    assert_eq!(cols, vec!["adg", "beh", "cfi"]);
}

#[test]
fn gamma_rate_binary_columns() {
    // Python: gamma = ''.join('1' if sum(l[i] == '1' for l in lines) * 2 > len(lines) else '0' for i in range(w))
    let lines = vec![
        "00100", "11110", "10110", "10111", "10101", "01111", "00111", "11100", "10000", "11001",
        "00010", "01010",
    ];
    let w = lines[0].len();
    let gamma = comp!((
        '1' if ones * 2 > lines.len() else '0'
        for i in 0..w
        let ones = (l for l in &lines if l.as_bytes()[i] == b'1').count()
    ))
    .collect::<String>();
    assert_eq!(gamma, "10110");
    let g = u32::from_str_radix(&gamma, 2).unwrap();
    let eps = comp!(('0' if c == '1' else '1' for c in gamma.chars())).collect::<String>();
    assert_eq!(g * u32::from_str_radix(&eps, 2).unwrap(), 198);
}

#[test]
fn rotate_clockwise_and_diagonal() {
    // Python: rot = [list(r) for r in zip(*grid[::-1])]
    let grid = vec![vec!['a', 'b'], vec!['c', 'd'], vec!['e', 'f']];
    let (n, m) = (grid.len(), grid[0].len());
    let rot = comp![[grid[r][c] for r in (0..n).rev()] for c in 0..m];
    assert_eq!(rot, vec![vec!['e', 'c', 'a'], vec!['f', 'd', 'b']]);
    // Python: diag = [grid[i][i] for i in range(min(n, m))]
    let diag = comp![grid[i][i] for i in 0..n.min(m)];
    assert_eq!(diag, vec!['a', 'd']);
}

#[test]
fn columns_via_nth() {
    // Python: cols = [[l[i] for l in lines] for i in range(w)]
    let lines: Vec<&str> = "ab\ncd".lines().collect();
    let cols = comp![[l.chars().nth(i).unwrap() for l in lines.iter()] for i in 0..2];
    assert_eq!(cols, vec![vec!['a', 'c'], vec!['b', 'd']]);
}

// --- sieve and number theory ----------------------------------------------------------

#[test]
fn sieve_primes() {
    // Python: composite = {m for p in range(2, isqrt(n) + 1) for m in range(p * p, n, p)}
    //         primes = [p for p in range(2, n) if p not in composite]
    let n = 50usize;
    let composite = comp!({m for p in 2..=n.isqrt() for m in (p * p..n).step_by(p)});
    let primes = comp![p for p in 2..n if !composite.contains(&p)];
    let mut sieve = vec![true; n];
    let mut by_hand = Vec::new();
    for p in 2..n {
        if sieve[p] {
            by_hand.push(p);
            let mut m = p * p;
            while m < n {
                sieve[m] = false;
                m += p;
            }
        }
    }
    assert_eq!(primes, by_hand);
    // Python: [p for p in range(2, n) if sieve[p]]
    let from_table = comp![p for (p, &is_p) in sieve.iter().enumerate().skip(2) if is_p];
    assert_eq!(from_table, primes);
}

#[test]
fn trial_division_with_nested_all() {
    // Python: [i for i in range(2, 40) if all(i % p for p in range(2, isqrt(i) + 1))]
    let ps = comp![i for i in 2..40u32 if (i % p != 0 for p in 2..=i.isqrt()).all(|nz| nz)];
    let mut by_hand = Vec::new();
    'outer: for i in 2..40u32 {
        let mut p = 2;
        while p * p <= i {
            if i % p == 0 {
                continue 'outer;
            }
            p += 1;
        }
        by_hand.push(i);
    }
    assert_eq!(ps, by_hand);
}

#[test]
fn divisors_set_over_array_display() {
    // Python: {d for i in range(1, isqrt(n) + 1) if n % i == 0 for d in (i, n // i)}
    let n = 36u64;
    let divs = comp!({d for i in 1..=n.isqrt() if n % i == 0 for d in [i, n / i]});
    let by_hand: HashSet<u64> = (1..=n).filter(|d| n % d == 0).collect();
    assert_eq!(divs, by_hand);
}

#[test]
fn pythagorean_triples_three_fors() {
    // Python: [(a, b, c) for a in range(1, n) for b in range(a, n) for c in range(b, n) if a*a + b*b == c*c]
    let n = 21;
    let t = comp![(a, b, c) for a in 1..n for b in a..n for c in b..n if a * a + b * b == c * c];
    let mut by_hand = Vec::new();
    for a in 1..n {
        for b in a..n {
            for c in b..n {
                if a * a + b * b == c * c {
                    by_hand.push((a, b, c));
                }
            }
        }
    }
    assert_eq!(t, by_hand);
}

fn collatz_len(mut n: u64) -> u32 {
    let mut k = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        k += 1;
    }
    k
}

#[test]
fn collatz_dict_and_argmax() {
    // Python: lengths = {n: collatz_len(n) for n in range(1, 30)}; best = max(lengths, key=lengths.get)
    let lengths = comp!({n: collatz_len(n) for n in 1..30});
    let best = comp!((n for (&n, _) in &lengths)).max_by_key(|n| (lengths[n], *n));
    let mut by_hand = (0, 0);
    for n in 1..30 {
        let l = collatz_len(n);
        if (l, n) > by_hand {
            by_hand = (l, n);
        }
    }
    assert_eq!(best, Some(by_hand.1));
    assert_eq!(lengths[&27], 112);
}

// --- DP tables -----------------------------------------------------------------

#[test]
fn dp_table_zeroes_and_identity() {
    // Python: dp = [[0] * (m + 1) for _ in range(n + 1)]
    let (n, m) = (3, 4);
    let dp = comp![vec![0u32; m + 1] for _ in 0..=n];
    assert_eq!(dp, vec![vec![0u32; m + 1]; n + 1]);
    // Python: eye = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    let eye = comp![[1 if i == j else 0 for j in 0..n] for i in 0..n];
    let mut by_hand = vec![vec![0; n]; n];
    for (i, row) in by_hand.iter_mut().enumerate() {
        row[i] = 1;
    }
    assert_eq!(eye, by_hand);
}

#[test]
fn lcs_table_fill_row_by_row() {
    // Python: for i in range(1, len(a)+1):
    //             dp[i] = [0] + [dp[i-1][j-1] + 1 if a[i-1] == b[j-1] else max(dp[i-1][j], dp[i][j-1]) ...]
    // (the row depends on itself, so each row is built from the previous row only: the max over the
    // row is done by a scan afterwards; the comprehension builds the "diagonal-or-up" candidates)
    let a = b"ABCBDAB";
    let b = b"BDCABA";
    let mut prev = vec![0usize; b.len() + 1];
    for &ca in a {
        let cand =
            comp![prev[j] + 1 if ca == cb else prev[j + 1] for (j, &cb) in b.iter().enumerate()];
        let mut row = vec![0usize; b.len() + 1];
        for j in 0..b.len() {
            row[j + 1] = cand[j].max(row[j]);
        }
        prev = row;
    }
    assert_eq!(prev[b.len()], 4);
}

#[test]
fn knapsack_row_conditional_in_method_arg() {
    // Python: new = [max(dp[w], dp[w - wt] + val if w >= wt else 0) for w in range(cap + 1)]
    let cap = 10usize;
    let items = [(5usize, 10u32), (4, 40), (6, 30), (3, 50)];
    let mut dp = vec![0u32; cap + 1];
    for &(wt, val) in &items {
        dp = comp![dp[w].max(dp[w - wt] + val if w >= wt else 0) for w in 0..=cap];
    }
    let mut by_hand = vec![0u32; cap + 1];
    for &(wt, val) in &items {
        for w in (wt..=cap).rev() {
            by_hand[w] = by_hand[w].max(by_hand[w - wt] + val);
        }
    }
    assert_eq!(dp, by_hand);
    assert_eq!(dp[cap], 90);
}

#[test]
fn triangle_max_path() {
    // Python: for row in reversed(tri[:-1]): below = [x + max(below[i], below[i+1]) for i, x in enumerate(row)]
    let tri = vec![vec![3], vec![7, 4], vec![2, 4, 6], vec![8, 5, 9, 3]];
    let mut below = tri[tri.len() - 1].clone();
    for row in tri[..tri.len() - 1].iter().rev() {
        below = comp![x + below[i].max(below[i + 1]) for (i, x) in row.iter().enumerate()];
    }
    assert_eq!(below, vec![23]);
}

#[test]
fn pascal_rows_with_windows() {
    // Python: row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]
    let mut row = vec![1u64];
    for _ in 0..5 {
        let inner = comp![w[0] + w[1] for w in row.windows(2)];
        row = [vec![1], inner, vec![1]].concat();
    }
    assert_eq!(row, vec![1, 5, 10, 10, 5, 1]);
    // Python: rows = [[comb(n, k) for k in range(n + 1)] for n in range(5)]
    fn comb(n: u64, k: u64) -> u64 {
        (1..=k).fold(1, |acc, i| acc * (n + 1 - i) / i)
    }
    let rows = comp![[comb(n, k) for k in 0..=n] for n in 0..6u64];
    assert_eq!(rows[5], row);
}

#[test]
fn prefix_sums_lookup_table() {
    // Python: pre = [0] + list(accumulate(xs)); sums = {(i, j): pre[j] - pre[i] for i in range(n) for j in range(i + 1, n + 1)}
    let xs = [3, 1, 4, 1, 5];
    let mut pre = vec![0];
    for x in xs {
        pre.push(pre[pre.len() - 1] + x);
    }
    let n = xs.len();
    let sums = comp!({(i, j): pre[j] - pre[i] for i in 0..n for j in i + 1..=n});
    assert_eq!(sums[&(1, 4)], xs[1..4].iter().sum::<i32>());
    assert_eq!(sums.len(), n * (n + 1) / 2);
}

// --- BFS --------------------------------------------------------------------------

fn bfs_steps(grid: &[&str], start: (i64, i64), goal: (i64, i64)) -> Option<usize> {
    let h = grid.len() as i64;
    let w = grid[0].len() as i64;
    let mut seen = HashSet::from([start]);
    let mut frontier = HashSet::from([start]);
    let mut steps = 0;
    while !frontier.is_empty() {
        if frontier.contains(&goal) {
            return Some(steps);
        }
        // Python: frontier = {(r + dr, c + dc) for r, c in frontier for dr, dc in DIRS
        //                     if 0 <= r + dr < h and 0 <= c + dc < w and grid[r + dr][c + dc] != '#'
        //                     and (r + dr, c + dc) not in seen}
        frontier = comp!({
            (nr, nc)
            for &(r, c) in &frontier
            for (dr, dc) in DIRS
            let (nr, nc) = (r + dr, c + dc)
            if 0 <= nr < h && 0 <= nc < w && grid[nr as usize].as_bytes()[nc as usize] != b'#' && !seen.contains(&(nr, nc))
        });
        seen.extend(frontier.iter().copied());
        steps += 1;
    }
    None
}

#[test]
fn bfs_frontier_set_comprehension() {
    let grid: Vec<&str> = MAZE.lines().collect();
    let steps = bfs_steps(&grid, (1, 1), (3, 7));
    // by hand: S(1,1)->(1,2)->(1,3)->(2,3)->(3,3)->(3,4)->(3,5)->(2,5)->(1,5)->(1,6)->(1,7)->(2,7)->(3,7)
    assert_eq!(steps, Some(12));
    assert_eq!(bfs_steps(&grid, (1, 1), (0, 0)), None);
}

#[test]
fn graph_from_lines_and_bfs_over_neighbours() {
    // Python: graph = {name: rest.split(', ') for line in lines for name, rest in [line.split(' -> ')]}
    let text = "a -> b, c\nb -> d\nc -> d, e\nd -> f\ne -> f\nf -> g";
    let graph = comp!({name: rest.split(", ").collect::<Vec<_>>() for line in text.lines() if let Some((name, rest)) = line.split_once(" -> ")});
    assert_eq!(graph["c"], vec!["d", "e"]);
    // Python: frontier = {n for p in frontier for n in graph.get(p, []) if n not in seen}
    let mut seen: HashSet<&str> = HashSet::from(["a"]);
    let mut frontier: HashSet<&str> = HashSet::from(["a"]);
    let mut layers = Vec::new();
    while !frontier.is_empty() {
        frontier = comp!({*n for p in &frontier for n in graph.get(p).map(|v| v.as_slice()).unwrap_or(&[]) if !seen.contains(n)});
        seen.extend(&frontier);
        layers.push(frontier.len());
    }
    assert_eq!(layers, vec![2, 2, 1, 1, 0]);
}

#[test]
fn multi_source_starts_from_dict() {
    // Python: starts = {p for p, ch in grid.items() if ch in 'Sa'}
    let text = "Sab\nabc\naac";
    let cells = comp!({(r, c): ch for (r, line) in text.lines().enumerate() for (c, ch) in line.chars().enumerate()});
    let starts = comp!({p for (&p, &ch) in &cells if "Sa".contains(ch)});
    let mut by_hand = HashSet::new();
    for (r, line) in text.lines().enumerate() {
        for (c, ch) in line.chars().enumerate() {
            if ch == 'S' || ch == 'a' {
                by_hand.insert((r, c));
            }
        }
    }
    assert_eq!(starts, by_hand);
}

// --- counting with dicts --------------------------------------------------------------

#[test]
fn frequency_dict_of_items() {
    // Python: freq = {x: xs.count(x) for x in xs}
    let xs = vec![3, 1, 3, 2, 3, 1];
    let freq = comp!({x: xs.iter().filter(|&&y| y == x).count() for &x in &xs});
    let mut by_hand = HashMap::new();
    for &x in &xs {
        *by_hand.entry(x).or_insert(0usize) += 1;
    }
    assert_eq!(freq, by_hand);
    // Python: most = max(freq.items(), key=lambda kv: kv[1])[0]
    let most = comp!(((x, n) for (&x, &n) in &freq))
        .max_by_key(|&(_, n)| n)
        .map(|(x, _)| x);
    assert_eq!(most, Some(3));
}

#[test]
fn camel_cards_hand_shape() {
    // Python: shape = sorted(Counter(hand).values(), reverse=True)
    fn shape(hand: &str) -> Vec<usize> {
        let counts = comp!({c: hand.matches(c).count() for c in hand.chars()});
        let mut v = comp![n for n in counts.into_values()];
        v.sort_unstable_by(|a, b| b.cmp(a));
        v
    }
    assert_eq!(shape("32T3K"), vec![2, 1, 1, 1]);
    assert_eq!(shape("KTJJT"), vec![2, 2, 1]);
    // Python: kinds = {h: ('full' if s == [3, 2] else 'other') for h in hands for s in [shape(h)]}
    let hands = ["QQQJJ", "32T3K"];
    let kinds = comp!({h: ("full" if s == [3, 2] else "other") for h in hands let s = shape(h)});
    assert_eq!(kinds["QQQJJ"], "full");
    assert_eq!(kinds["32T3K"], "other");
}

#[test]
fn counting_in_match_arms() {
    // Python: counts by kind, a dict comprehension per command
    fn tally(cmd: &str, words: &[&str]) -> HashMap<String, usize> {
        match cmd {
            "len" => comp!({w.to_string(): w.len() for w in words}),
            "vowels" => {
                comp!({w.to_string(): w.chars().filter(|c| "aeiou".contains(*c)).count() for w in words})
            }
            _ => HashMap::new(),
        }
    }
    let words = ["banana", "sky"];
    let l = tally("len", &words);
    let v = tally("vowels", &words);
    assert_eq!(l["banana"], 6);
    assert_eq!(v["banana"], 3);
    assert_eq!(v["sky"], 0);
    assert!(tally("x", &words).is_empty());
}

#[test]
fn letter_histogram_bytes() {
    // Python: hist = [s.count(chr(ord('a') + i)) for i in range(26)]
    let s = "hello world";
    let hist = comp![s.bytes().filter(|&b| b == b'a' + i).count() for i in 0..26u8];
    let mut by_hand = [0usize; 26];
    for b in s.bytes().filter(u8::is_ascii_lowercase) {
        by_hand[(b - b'a') as usize] += 1;
    }
    assert_eq!(hist, by_hand.to_vec());
}

// --- strings, chars, bytes -------------------------------------------------------------

#[test]
fn ord_offsets_and_shifted_string() {
    // Python: [ord(c) - ord('a') for c in s]; ''.join(chr(ord(c) + 1) for c in s)
    let s = "abcz";
    let offs = comp![(c as u8 - b'a') as usize for c in s.chars()];
    assert_eq!(offs, vec![0, 1, 2, 25]);
    let shifted =
        comp!((((c as u8 - b'a' + 1) % 26 + b'a') as char for c in s.chars())).collect::<String>();
    assert_eq!(shifted, "bcda");
}

#[test]
fn hamming_and_substrings() {
    // Python: sum(1 for a, b in zip(s, t) if a != b)
    let (s, t) = ("karolin", "kathrin");
    let d = comp!((1 for (a, b) in s.chars().zip(t.chars()) if a != b)).count();
    assert_eq!(d, 3);
    // Python: subs = {s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1)}
    let w = "abab";
    let subs = comp!({&w[i..j] for i in 0..w.len() for j in i + 1..=w.len()});
    let mut by_hand = HashSet::new();
    for i in 0..w.len() {
        for j in i + 1..=w.len() {
            by_hand.insert(&w[i..j]);
        }
    }
    assert_eq!(subs, by_hand);
    assert_eq!(subs.len(), 7);
}

#[test]
fn palindromes_and_calibration_digits() {
    // Python: [w for w in words if w == w[::-1]]
    let words = vec!["level", "rust", "noon"];
    let pals = comp![w for w in &words if w.chars().eq(w.chars().rev())];
    assert_eq!(pals, vec![&"level", &"noon"]);
    // Python: sum(10 * d[0] + d[-1] for line in lines for d in [[int(c) for c in line if c.isdigit()]])
    let doc = "1abc2\npqr3stu8vwx\na1b2c3d4e5f\ntreb7uchet";
    let total = comp!((
        10 * d[0] + d[d.len() - 1]
        for line in doc.lines()
        let d = [c.to_digit(10).unwrap() for c in line.chars() if c.is_ascii_digit()]
    ))
    .sum::<u32>();
    assert_eq!(total, 142);
}

#[test]
fn printable_bytes_and_hex_decode() {
    // Python: [b for b in data if 32 <= b < 127]
    let data = b"hi\x00\x07there\x7f";
    let printable = comp![b for &b in data.iter() if 32 <= b < 127];
    assert_eq!(printable, b"hithere".to_vec());
    // Python: bytes(int(h[i:i+2], 16) for i in range(0, len(h), 2))
    fn decode(h: &str) -> Result<Vec<u8>, ParseIntError> {
        comp![u8::from_str_radix(&h[i..i + 2], 16)? for i in (0..h.len()).step_by(2)]
    }
    assert_eq!(decode("48690a"), Ok(vec![0x48, 0x69, 0x0a]));
    assert!(decode("4g").is_err());
}

#[test]
fn caesar_with_conditional_in_call() {
    // Python: ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.isalpha() else c for c in s)
    let (s, k) = ("hello, world", 3u8);
    let enc = comp!(((((c as u8 - b'a' + k) % 26) + b'a') as char if c.is_ascii_lowercase() else c for c in s.chars())).collect::<String>();
    assert_eq!(enc, "khoor, zruog");
    // Python: [c.upper() if i % 2 else c for i, c in enumerate(s)]
    let alt =
        comp![c.to_ascii_uppercase() if i % 2 == 1 else c for (i, c) in s.chars().enumerate()];
    assert_eq!(alt.iter().collect::<String>(), "hElLo, WoRlD");
}

#[test]
fn words_to_lowercase_owned_strings() {
    // Python: [w.lower().strip('.,') for w in text.split()]
    let text = "The Quick, brown FOX.";
    let ws: Vec<String> = comp![w.to_lowercase().trim_matches(|c: char| c == '.' || c == ',').to_string() for w in text.split_whitespace()];
    assert_eq!(ws, vec!["the", "quick", "brown", "fox"]);
    // Python: sorted({c for w in ws for c in w})
    let mut letters = comp![c for c in comp!({c for w in &ws for c in w.chars()})];
    letters.sort_unstable();
    assert_eq!(
        letters.len(),
        "thequickbrownfox".chars().collect::<HashSet<_>>().len()
    );
}

#[test]
fn lazy_flatten_over_owned_strings() {
    // Python: (c for w in words for c in w.upper())
    let words = vec!["ab".to_string(), "cd".to_string()];
    let up =
        comp!((c for w in words.clone() for c in w.to_uppercase().chars())).collect::<String>();
    assert_eq!(up, "ABCD");
    // Python: (len(w) for line in text.splitlines() for w in line.split())
    let text = "a bb\nccc";
    let lens: Vec<usize> =
        comp!((w.len() for line in text.lines() for w in line.split(' '))).collect();
    assert_eq!(lens, vec![1, 2, 3]);
}

// --- comprehensions in closures, methods, generic code -------------------------------

struct Grid {
    cells: Vec<Vec<char>>,
}

impl Grid {
    fn parse(s: &str) -> Self {
        Grid {
            cells: comp![l.chars().collect() for l in s.lines()],
        }
    }

    // Python: def find(self, ch): return [(r, c) for r, row in enumerate(self.cells) for c, x in enumerate(row) if x == ch]
    fn find(&self, ch: char) -> Vec<(usize, usize)> {
        comp![(r, c) for (r, row) in self.cells.iter().enumerate() for (c, &x) in row.iter().enumerate() if x == ch]
    }

    // Python: def count(self, ch): return sum(row.count(ch) for row in self.cells)
    fn count(&self, ch: char) -> usize {
        comp!((row.iter().filter(|&&x| x == ch).count() for row in &self.cells)).sum()
    }

    // Python: def row_strings(self): return (''.join(row) for row in self.cells)
    fn row_strings(&self) -> impl Iterator<Item = String> + '_ {
        comp!((row.iter().collect::<String>() for row in &self.cells))
    }
}

#[test]
fn grid_methods() {
    let g = Grid::parse(MAZE);
    assert_eq!(g.find('S'), vec![(1, 1)]);
    assert_eq!(g.count('#'), MAZE.matches('#').count());
    assert_eq!(g.row_strings().collect::<Vec<_>>().join("\n"), MAZE);
}

#[test]
fn closure_returning_comprehension() {
    // Python: row_sums = lambda g: [sum(r) for r in g]
    let row_sums = |g: &Vec<Vec<i32>>| comp![r.iter().sum::<i32>() for r in g];
    let g = vec![vec![1, 2], vec![3, 4]];
    assert_eq!(row_sums(&g), vec![3, 7]);
    // Python: scale = lambda k: [x * k for x in xs]
    let xs = [1, 2, 3];
    let scale = |k: i32| comp![x * k for x in xs];
    assert_eq!(scale(3), vec![3, 6, 9]);
}

#[test]
fn list_of_closures_capture() {
    // Python: fs = [lambda x, k=k: x * k for k in range(1, 4)]
    let fs = comp![move |x: i32| x * k for k in 1..4];
    let got = comp![f(10) for f in &fs];
    assert_eq!(got, vec![10, 20, 30]);
    // conditional as a closure's body inside the element
    let rows = vec![vec![-1, 2], vec![3, -4]];
    let clamped = comp![row.iter().map(|v| *v if *v > 0 else 0).sum::<i32>() for row in &rows];
    assert_eq!(clamped, vec![2, 3]);
}

fn count_matching<T, F>(items: &[T], pred: F) -> usize
where
    F: Fn(&T) -> bool,
{
    // Python: sum(1 for x in items if pred(x))
    comp!((() for x in items if pred(x))).count()
}

#[test]
fn generic_predicate_count() {
    assert_eq!(count_matching(&[1, 5, 8, 10], |&x| x > 4), 3);
    assert_eq!(count_matching(&["a", "bb"], |s| s.len() == 2), 1);
}

#[test]
fn lazy_rev_and_take() {
    // Python: list(reversed([x * x for x in range(10) if x % 2 == 0]))[:2]
    let last_two = comp!((x * x for x in 0..10 if x % 2 == 0))
        .rev()
        .take(2)
        .collect::<Vec<_>>();
    assert_eq!(last_two, vec![64, 36]);
}

#[test]
fn lazy_question_mark_collect_result() {
    // Python: list(int(x) for x in line.split()) raising on bad input
    let line = "4 8 15 16 23 42";
    let r: Result<Vec<i32>, _> = comp!((x.parse::<i32>()? for x in line.split(' '))).collect();
    assert_eq!(r.unwrap().iter().sum::<i32>(), 108);
    let bad: Result<Vec<i32>, _> = comp!((x.parse::<i32>()? for x in "1 a 2".split(' '))).collect();
    assert!(bad.is_err());
}

#[test]
fn format_with_generator_inside() {
    // Python: f"{sum(1 for c in s if c == '#')} walls, {'odd' if n % 2 else 'even'} rows"
    let rows: Vec<&str> = MAZE.lines().collect();
    let msg = comp![
        format!("{}:{}", (c for c in row.chars() if c == '#').count(), "odd" if i % 2 == 1 else "even")
        for (i, row) in rows.iter().enumerate()
    ];
    assert_eq!(msg[0], "9:even");
    assert_eq!(msg[1], "3:odd");
}

// --- async and parallel ---------------------------------------------------------------

async fn solve(day: u32) -> Result<u64, String> {
    tokio::time::sleep(std::time::Duration::from_millis(10 * u64::from(day))).await;
    if day == 0 {
        Err("no day 0".to_string())
    } else {
        Ok(u64::from(day) * 100)
    }
}

#[tokio::test(start_paused = true)]
async fn solve_days_concurrently() {
    // Python: answers = await asyncio.gather(*[solve(d) for d in range(1, 6)])
    let start = tokio::time::Instant::now();
    let answers = acomp![solve(d).await? for d in 1..6; concurrency = 5];
    assert_eq!(answers, Ok(comp![u64::from(d) * 100 for d in 1..6u32]));
    assert_eq!(start.elapsed(), std::time::Duration::from_millis(50));
    // Python: {d: await solve(d) for d in days if d % 2}
    let odd = acomp!({d: solve(d).await.unwrap() for d in 1..6u32 if d % 2 == 1});
    assert_eq!(odd.len(), 3);
    assert!(acomp![solve(d).await? for d in 0..3].is_err());
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_collatz_lengths() {
    // Python: with ProcessPoolExecutor() as p: lengths = list(p.map(collatz_len, range(1, 10000)))
    let xs: Vec<u64> = (1..10_000).collect();
    let lengths = comp![collatz_len(*x) for x in &xs; parallel];
    let by_hand: Vec<u32> = xs.iter().map(|&x| collatz_len(x)).collect();
    assert_eq!(lengths, by_hand);
    // Python: max((collatz_len(x), x) for x in xs)
    let best = comp![(collatz_len(x), x) for x in 1..10_000u64 if x % 2 == 1; parallel]
        .into_iter()
        .max();
    assert_eq!(best, Some((262, 6171)));
}

// --- operators next to comparisons: shifts, turbofish, casts, match arms ---------------

#[test]
fn bit_shifts_in_filters() {
    // Python: [k for k in range(10) if 1 << k < n]
    let n = 100u32;
    let ks = comp![k for k in 0..10 if 1 << k < n];
    let by_hand: Vec<u32> = (0..10).filter(|&k| (1u32 << k) < n).collect();
    assert_eq!(ks, by_hand);
    // Python: [x >> 1 for x in xs if x >> 1 > 2]
    let xs = [3u32, 8, 13, 5];
    let halves = comp![x >> 1 for x in xs if x >> 1 > 2];
    assert_eq!(halves, vec![4, 6]);
    // Python: [x for x in xs if 0 < x >> 2 < 3]
    let mid = comp![x for x in xs if 0 < x >> 2 < 3];
    assert_eq!(mid, vec![8, 5]);
    // Python: masks = {m for m in range(16) if bin(m).count('1') == 2 and m << 1 <= 16}
    let masks = comp!({m for m in 0..16u32 if m.count_ones() == 2 && m << 1 <= 16});
    let mut by_hand = HashSet::new();
    for m in 0..16u32 {
        if m.count_ones() == 2 && (m << 1) <= 16 {
            by_hand.insert(m);
        }
    }
    assert_eq!(masks, by_hand);
}

#[test]
fn turbofish_and_generics_next_to_comparisons() {
    // Python: [l for l in lines if len(list(l)) > 3]
    let lines = ["ab", "abcd", "abcde"];
    let long = comp![l for l in lines if l.chars().collect::<Vec<char>>().len() > 3];
    assert_eq!(long, vec!["abcd", "abcde"]);
    // Python: grids = [[list(r) for r in g.split('/')] for g in specs if g.count('/') >= 1]
    let specs = ["ab/cd", "xyz"];
    let grids = comp![g.split('/').map(|r| r.chars().collect()).collect::<Vec<Vec<char>>>() for g in specs if g.matches('/').count() >= 1];
    assert_eq!(grids, vec![vec![vec!['a', 'b'], vec!['c', 'd']]]);
    // Python: [n for n in range(20) if 3 < n < size_of_int]
    let sized = comp![n for n in 0..20 if 3 < n < std::mem::size_of::<u64>()];
    assert_eq!(sized, vec![4, 5, 6, 7]);
    // typed let clause with nested generics
    let table = comp![
        row.len() for i in 1..4usize
        let row: Vec<Vec<u8>> = vec![vec![0; i]; i]
        if row.len() >= 2
    ];
    assert_eq!(table, vec![2, 3]);
}

// FOUND (fixed: a `match` or `if` expression next to a comparison is one operand): comp![c for c in s.chars() if 0 < match c { '#' => 2, '.' => 1, _ => 3 } <= 2] -> error: comparison operators cannot be chained (on `<=`, no help); `0 < if c == '#' { 2 } else { 3 } <= 2` is "expected an expression after `<`" plus "`else` belongs to a conditional element", `match c {..} < 3 <= 4` is "expected curly braces" on the whole call, `1 < 2 <= match c {..}` is "expected `for`, `if`, `let` or the end of the comprehension" (reference 2.1: chained comparisons work "at any depth" with any operands; `if 0 < match c {..}` alone compiles, and a Rust `if`/`match` is an ordinary operand)
#[test]
fn match_arms_next_to_comparisons() {
    // Python: weight = {'#': 2, '.': 1}; [c for c in s if weight.get(c, 0) > 1]
    let s = "#.#x";
    let heavy = comp![c for c in s.chars() if match c { '#' => 2, '.' => 1, _ => 0 } > 1];
    assert_eq!(heavy, vec!['#', '#']);
    // Python: [1 if c == '#' else 0 for c in s] as a match
    let bits = comp![match c { '#' => 1, _ => 0 } for c in s.chars()];
    assert_eq!(bits, vec![1, 0, 1, 0]);
    // Python: [c for c in s if 0 < score(c) <= 2]
    let scored = comp![c for c in s.chars() if 0 < match c { '#' => 2, '.' => 1, _ => 3 } <= 2];
    assert_eq!(scored, vec!['#', '.', '#']);
}

#[test]
fn casts_in_chained_comparisons() {
    // Python: [(r + dr, c + dc) for dr, dc in DIRS if 0 <= r + dr < h and 0 <= c + dc < w]  (r, c are usize)
    let (r, c) = (0usize, 2usize);
    let (h, w) = (3i64, 3i64);
    let ns = comp![(r as i64 + dr, c as i64 + dc) for (dr, dc) in DIRS if 0 <= r as i64 + dr < h && 0 <= c as i64 + dc < w];
    let mut by_hand = Vec::new();
    for (dr, dc) in DIRS {
        let (nr, nc) = (r as i64 + dr, c as i64 + dc);
        if (0..h).contains(&nr) && (0..w).contains(&nc) {
            by_hand.push((nr, nc));
        }
    }
    assert_eq!(ns, by_hand);
    // Python: [ch for ch in s if 'a' <= ch <= 'z']
    let lower = comp![ch for ch in "aZq9".chars() if 'a' <= ch <= 'z'];
    assert_eq!(lower, vec!['a', 'q']);
}

// --- dict keys and values with colons, paths and closures --------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Dir {
    Up,
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Point {
    x: i32,
    y: i32,
}

#[test]
fn dict_keys_with_paths_and_turbofish() {
    // Python: {int(s): s for s in v}
    let v = ["10", "7"];
    let by_num = comp!({s.parse::<i32>().unwrap(): s for s in v});
    assert_eq!(by_num[&10], "10");
    // Python: {Dir.UP if c == 'U' else Dir.DOWN: n for c, n in moves}
    let moves = [('U', 3), ('D', 4)];
    let d = comp!({Dir::Up if c == 'U' else Dir::Down: n for (c, n) in moves});
    assert_eq!(d[&Dir::Up], 3);
    assert_eq!(d[&Dir::Down], 4);
    // Python: {name.strip(): v for name, v in pairs}
    let pairs = [(" a ", 1), ("b  ", 2)];
    let trimmed = comp!({k.trim_matches(|c: char| c == ' '): v for (k, v) in pairs});
    assert_eq!(trimmed["a"], 1);
    assert_eq!(trimmed["b"], 2);
}

// FOUND (fixed: a condition's struct literal is parenthesized in the expansion): comp![p for p in &pts if *p == Point { x: 1, y: 2 }] -> error: struct literals are not allowed here (help: surround the struct literal with parentheses) (a comprehension's `if` clause is not followed by a block, so unlike a Rust `if` nothing is ambiguous; the macro knows where the clause ends; the reference says nothing about it. The message is clear and its fix works)
#[test]
fn struct_literals_in_sets_and_dicts() {
    // Python: pts = {Point(x, y) for x, y in raw}
    let raw = [(1, 2), (3, 4), (1, 2)];
    let pts = comp!({Point { x: a, y: b } for (a, b) in raw});
    assert_eq!(pts.len(), 2);
    assert!(pts.contains(&Point { x: 3, y: 4 }));
    // Python: origin_dist = {Point(x, y): abs(x) + abs(y) for x, y in raw}
    let dist = comp!({Point { x, y }: x.abs() + y.abs() for (x, y) in raw});
    assert_eq!(dist[&Point { x: 3, y: 4 }], 7);
    // Python: [p for p in pts if p == Point(1, 2)]
    let ones = comp![p for p in &pts if *p == Point { x: 1, y: 2 }];
    assert_eq!(ones, vec![&Point { x: 1, y: 2 }]);
}

#[test]
fn dict_of_boxed_closures() {
    // Python: ops = {k: (lambda x, k=k: x * k) for k in range(1, 4)}
    let ops = comp!({k: Box::new(move |x: i32| x * k) as Box<dyn Fn(i32) -> i32> for k in 1..4});
    assert_eq!(ops[&3](5), 15);
    assert_eq!(ops.len(), 3);
}

// --- loops in loops: shadowing, inline tuples, lazy in for headers -------------------

#[test]
fn inline_tuple_array_iterables() {
    // Python: {(x + dx, y + dy) for x, y in pts for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0))}
    let pts = [(0, 0), (5, 5)];
    let around = comp!({(x + dx, y + dy) for (x, y) in pts for dx, dy in [(0, 1), (1, 0), (0, -1), (-1, 0)]});
    let mut by_hand = HashSet::new();
    for (x, y) in pts {
        for (dx, dy) in [(0, 1), (1, 0), (0, -1), (-1, 0)] {
            by_hand.insert((x + dx, y + dy));
        }
    }
    assert_eq!(around, by_hand);
    assert_eq!(around.len(), 8);
}

#[test]
fn shadowed_loop_variable() {
    // Python: [x for x in range(1, 4) for x in range(x)]
    let v = comp![x for x in 1..4 for x in 0..x];
    assert_eq!(v, vec![0, 0, 1, 0, 1, 2]);
    let lazy = comp!((x for x in 1..4 for x in 0..x)).count();
    assert_eq!(lazy, 6);
}

#[test]
fn lazy_in_for_header_and_if_condition() {
    // Python: for r, c in ((r, c) for r in range(h) for c in range(w) if grid[r][c] == '#'): ...
    let grid: Vec<Vec<char>> = MAZE.lines().map(|l| l.chars().collect()).collect();
    let (h, w) = (grid.len(), grid[0].len());
    let mut n = 0;
    for (r, c) in comp!(((r, c) for r in 0..h for c in 0..w if grid[r][c] == '#')) {
        assert_eq!(grid[r][c], '#');
        n += 1;
    }
    assert_eq!(n, MAZE.matches('#').count());
    // Python: if any(ch == 'E' for row in grid for ch in row): ...
    let found = if comp!((ch == 'E' for row in &grid for &ch in row)).any(|b| b) {
        "yes"
    } else {
        "no"
    };
    assert_eq!(found, "yes");
}

fn cells(h: usize, w: usize) -> impl Iterator<Item = (usize, usize)> {
    // Python: def cells(h, w): return ((r, c) for r in range(h) for c in range(w))
    comp!(move ((r, c) for r in 0..h for c in 0..w))
}

fn walls(grid: &[Vec<char>]) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Python: def walls(grid): return ((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == '#')
    comp!(((r, c) for (r, row) in grid.iter().enumerate() for (c, &ch) in row.iter().enumerate() if ch == '#'))
}

#[test]
fn returned_nested_lazy_forms() {
    assert_eq!(cells(2, 3).count(), 6);
    assert_eq!(cells(2, 3).last(), Some((1, 2)));
    let grid: Vec<Vec<char>> = MAZE.lines().map(|l| l.chars().collect()).collect();
    let ws: Vec<_> = walls(&grid).collect();
    let mut by_hand = Vec::new();
    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch == '#' {
                by_hand.push((r, c));
            }
        }
    }
    assert_eq!(ws, by_hand);
}

#[test]
fn vent_lines_ranges_from_min_max() {
    // Python: pts = [(x, y) for x1, y1, x2, y2 in segs if x1 == x2 or y1 == y2
    //               for x in range(min(x1, x2), max(x1, x2) + 1) for y in range(min(y1, y2), max(y1, y2) + 1)]
    let segs = [
        (0, 9, 5, 9),
        (8, 0, 0, 8),
        (9, 4, 3, 4),
        (2, 2, 2, 1),
        (0, 9, 2, 9),
    ];
    let pts = comp![
        (x, y)
        for &(x1, y1, x2, y2) in &segs if x1 == x2 || y1 == y2
        for x in x1.min(x2)..=x1.max(x2)
        for y in y1.min(y2)..=y1.max(y2)
    ];
    let mut by_hand = Vec::new();
    for &(x1, y1, x2, y2) in &segs {
        if x1 == x2 || y1 == y2 {
            for x in x1.min(x2)..=x1.max(x2) {
                for y in y1.min(y2)..=y1.max(y2) {
                    by_hand.push((x, y));
                }
            }
        }
    }
    assert_eq!(pts, by_hand);
    // Python: overlaps = sum(1 for n in Counter(pts).values() if n >= 2)
    let counts = comp!({p: pts.iter().filter(|&&q| q == p).count() for &p in &pts});
    let overlaps = comp!((() for &n in counts.values() if n >= 2)).count();
    let mut seen = HashMap::new();
    for &p in &by_hand {
        *seen.entry(p).or_insert(0) += 1;
    }
    assert_eq!(overlaps, seen.values().filter(|&&n| n >= 2).count());
    assert_eq!(overlaps, 3);
}

#[test]
fn diagonal_steps_with_conditional_let() {
    // Python: sx = 1 if x2 > x1 else -1 if x2 < x1 else 0
    let (x1, y1, x2, y2) = (8i32, 0i32, 0i32, 8i32);
    let n = (x2 - x1).abs().max((y2 - y1).abs());
    let line = comp![
        (x1 + i * sx, y1 + i * sy) for i in 0..=n
        let sx = 1 if x2 > x1 else -1 if x2 < x1 else 0
        let sy = (y2 - y1).signum()
    ];
    assert_eq!(line.len(), 9);
    assert_eq!(line[0], (8, 0));
    assert_eq!(line[8], (0, 8));
    assert!(line.iter().all(|&(x, y)| x + y == 8));
}

#[test]
fn char_range_iterables() {
    // Python: {c: i for i, c in enumerate(string.ascii_lowercase, 1)}
    let prio = comp!({c: i + 1 for (i, c) in ('a'..='z').enumerate()});
    assert_eq!(prio[&'a'], 1);
    assert_eq!(prio[&'z'], 26);
    // Python: [c for c in ascii_lowercase if c not in used]
    let used = "hello";
    let unused = comp![c for c in 'a'..='j' if !used.contains(c)];
    assert_eq!(unused, vec!['a', 'b', 'c', 'd', 'f', 'g', 'i', 'j']);
}

// --- more ? shapes -------------------------------------------------------------------

fn read_words(path: &str) -> std::io::Result<Vec<String>> {
    // Python: return [w for w in open(path).read().split()]
    comp![w.to_string() for w in std::fs::read_to_string(path)?.split_whitespace()]
}

#[test]
fn question_mark_in_first_iterable() {
    assert!(read_words("/definitely/not/here.txt").is_err());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let words = read_words(path).unwrap();
    let by_hand: Vec<String> = std::fs::read_to_string(path)
        .unwrap()
        .split_whitespace()
        .map(String::from)
        .collect();
    assert_eq!(words, by_hand);
    assert_eq!(words[0], "[workspace]");
}

fn positives(v: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    // Python: [n for s in v if (n := int(s)) > 0]
    comp![n for s in v if (n := s.parse::<i32>()?) > 0]
}

fn lookup_all(keys: &[(i32, i32)], map: &HashMap<(i32, i32), char>) -> Option<String> {
    // Python: ''.join(map[k] for k in keys)  (KeyError on a missing key)
    let v = comp![*map.get(k)? for k in keys]?;
    Some(v.into_iter().collect())
}

fn sum_rows(text: &str) -> Result<Vec<i64>, ParseIntError> {
    // Python: [sum(int(x) for x in line.split(',')) for line in text.splitlines()]
    // First written `Iterator::sum::<i64>(x.parse::<i64>()? for x in ..)`: the inner generator's `?`
    // is its own (reference section 7), so it yields `Result`s; rustc says i64 cannot be summed
    // from them (and a second error: the outer list is not a `Result`). Documented, so not a finding.
    comp![Iterator::sum::<Result<i64, _>>(x.parse::<i64>()? for x in line.split(','))? for line in text.lines()]
}

#[test]
fn question_mark_in_filter_get_and_nested() {
    assert_eq!(positives(&["3", "-1", "4"]), Ok(vec![3, 4]));
    assert!(positives(&["3", "q"]).is_err());
    let map: HashMap<(i32, i32), char> = [((0, 0), 'h'), ((0, 1), 'i')].into_iter().collect();
    assert_eq!(lookup_all(&[(0, 0), (0, 1)], &map), Some("hi".to_string()));
    assert_eq!(lookup_all(&[(0, 0), (9, 9)], &map), None);
    assert_eq!(sum_rows("1,2\n3,4,5"), Ok(vec![3, 12]));
    assert!(sum_rows("1,x").is_err());
}

// --- async puzzle input ----------------------------------------------------------------

#[tokio::test(start_paused = true)]
async fn async_lines_parse_and_group() {
    use futures::stream;
    // Python: nums = [int(l) async for l in lines if l]
    let lines = stream::iter(vec!["1", "", "22", "333"]);
    let nums = acomp![l.parse::<u32>().unwrap() async for l in lines if !l.is_empty()];
    assert_eq!(nums, vec![1, 22, 333]);
    // Python: lens = {l: len(l) async for l in lines}
    let lens = acomp!({l: l.len() async for l in stream::iter(["ab", "c"])});
    assert_eq!(lens["ab"], 2);
    // Python: done = await gather(*[solve(d) for d in days]) (completion order)
    let mut done =
        acomp![solve(d).await.unwrap() for d in [3u32, 1, 2]; concurrency = 3, unordered];
    assert_eq!(done, vec![100, 200, 300]);
    done.sort_unstable();
    assert_eq!(done, vec![100, 200, 300]);
}

// --- bit twiddling: | & ^ next to closures and conditionals --------------------------

#[test]
fn bitwise_or_and_xor_elements() {
    // Python: [a | b if f else a & b for a, b in pairs]
    let pairs = [(0b1100u8, 0b1010u8), (0b0001, 0b0011)];
    let flag = true;
    let ors = comp![a | b if flag else a & b for (a, b) in pairs];
    let ands = comp![a | b if !flag else a & b for (a, b) in pairs];
    let mut by_hand = (Vec::new(), Vec::new());
    for (a, b) in pairs {
        by_hand.0.push(a | b);
        by_hand.1.push(a & b);
    }
    assert_eq!((ors, ands), by_hand);
    // Python: [a ^ b for a, b in pairs]; [x | 1 for x in xs]
    let xors = comp![a ^ b for (a, b) in pairs];
    assert_eq!(xors, vec![0b0110, 0b0010]);
    let odd = comp![x | 1 for x in [2u8, 3, 4]];
    assert_eq!(odd, vec![3, 3, 5]);
}

#[test]
fn bitmask_subsets_and_chains_with_and() {
    // Python: subsets = [[items[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
    let items = ['a', 'b', 'c'];
    let n = items.len();
    let subsets = comp![[items[i] for i in 0..n if mask >> i & 1 == 1] for mask in 0..1 << n];
    let mut by_hand = Vec::new();
    for mask in 0..(1 << n) {
        let mut s = Vec::new();
        for (i, &it) in items.iter().enumerate() {
            if (mask >> i) & 1 == 1 {
                s.push(it);
            }
        }
        by_hand.push(s);
    }
    assert_eq!(subsets, by_hand);
    // Python: [m for m in range(16) if 0 < m & 0b0110 < 6]
    let ms = comp![m for m in 0..16 if 0 < m & 0b0110 < 6];
    let by_hand2: Vec<i32> = (0..16).filter(|m| (1..6).contains(&(m & 0b0110))).collect();
    assert_eq!(ms, by_hand2);
    // Python: {mask: bin(mask).count('1') for mask in range(8) if mask | 1 == mask}
    let pop = comp!({mask: mask.count_ones() for mask in 0u32..8 if mask | 1 == mask});
    assert_eq!(pop.len(), 4);
    assert_eq!(pop[&7], 3);
}

#[test]
fn closures_with_bitwise_bodies() {
    // Python: [sum(map(lambda v: v & 1, row)) for row in rows]
    let rows = vec![vec![1u32, 2, 3], vec![5, 7]];
    let odds = comp![row.iter().map(|v| v & 1).sum::<u32>() for row in &rows];
    assert_eq!(odds, vec![2, 2]);
    // Python: [reduce(lambda a, b: a | b, row) for row in rows]
    let ors = comp![row.iter().fold(0, |a, b| a | b) for row in &rows];
    assert_eq!(ors, vec![3, 7]);
    // Python: [any(map(lambda v: v > 4 or v == 1, row)) for row in rows]
    let anys = comp![row.iter().any(|&v| v > 4 || v == 1) for row in &rows];
    assert_eq!(anys, vec![true, true]);
    // a closure with || as its whole element, called after
    let thunks = comp![move || k * 2 for k in 0..3];
    assert_eq!(comp![t() for t in &thunks], vec![0, 2, 4]);
}

// --- two filters, filters after if let, brace form -----------------------------------

#[test]
fn consecutive_filters_and_if_let_then_if() {
    // Python: [x for x in xs if x > 0 if x % 2 == 0]
    let xs = [-4, 2, 3, 8, 0];
    let v = comp![x for x in xs if x > 0 if x % 2 == 0];
    assert_eq!(v, vec![2, 8]);
    // Python: [n for s in toks if (n := to_int(s)) is not None if n > 1]
    let toks = ["1", "x", "5", "3"];
    let w = comp![n for s in toks if let Ok(n) = s.parse::<i32>() if n > 1];
    assert_eq!(w, vec![5, 3]);
    // brace delimiters: still a list
    let b = comp! {x * 10 for x in xs if x > 2};
    assert_eq!(b, vec![30, 80]);
}

#[test]
fn values_of_map_via_kv_loop() {
    // Python: total = sum(v for _, v in d.items())
    let d: HashMap<&str, u32> = [("a", 3), ("b", 4)].into_iter().collect();
    let total = comp!((v for (_, v) in &d)).sum::<u32>();
    assert_eq!(total, 7);
    // Python: [k for k, _ in sorted(d.items())]
    let mut keys = comp![*k for (k, _) in &d];
    keys.sort_unstable();
    assert_eq!(keys, vec!["a", "b"]);
}

#[test]
fn lazy_search_then_next() {
    // Python: first = next((x for x in xs if x > 3), None)
    let xs = [1, 5, 2, 7];
    let first = comp!((x for x in xs if x > 3)).next();
    assert_eq!(first, Some(5));
    let has_big = comp!((x for x in xs if x > 6)).next().is_some();
    assert!(has_big);
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_lazy_and_set() {
    use comprehensions::rayon::prelude::*;
    // Python: total = sum(p.map(collatz_len, range(1, 1000)))
    let total: u32 = comp!((collatz_len(x) for x in 1..1000u64; parallel)).sum();
    let by_hand: u32 = (1..1000u64).map(collatz_len).sum();
    assert_eq!(total, by_hand);
    // Python: {collatz_len(x) % 10 for x in range(1, 1000)}
    let digits = comp!({collatz_len(x) % 10 for x in 1..1000u64; parallel});
    let hand: HashSet<u32> = (1..1000u64).map(|x| collatz_len(x) % 10).collect();
    assert_eq!(digits, hand);
}

#[tokio::test(start_paused = true)]
async fn lazy_stream_of_solutions() {
    use futures::StreamExt;
    // Python: async for ans in (await solve(d) for d in days): ...
    let mut s = acomp!((solve(d).await.unwrap() for d in 1..4u32; concurrency = 2));
    let mut got = Vec::new();
    while let Some(a) = s.next().await {
        got.push(a);
    }
    assert_eq!(got, vec![100, 200, 300]);
}

// --- Rust control flow inside the element; conditionals as iterables ---------------------

#[test]
fn loops_inside_block_elements() {
    // Python: [isqrt(x) for x in xs] with isqrt written inline as a loop
    let xs = [0u32, 1, 8, 9, 26];
    let roots = comp![{
        let mut k = 0;
        loop {
            if (k + 1) * (k + 1) > x {
                break k;
            }
            k += 1;
        }
    } for x in xs];
    let mut by_hand = Vec::new();
    for x in xs {
        let mut k = 0;
        while (k + 1) * (k + 1) <= x {
            k += 1;
        }
        by_hand.push(k);
    }
    assert_eq!(roots, by_hand);
    // Python: [next(i for i, c in enumerate(line) if c != ' ') for line in lines]
    let lines = ["  a", "b", "   c"];
    let indents = comp![{
        let mut first = line.len();
        for (i, ch) in line.char_indices() {
            if ch == ' ' {
                continue;
            }
            first = i;
            break;
        }
        first
    } for line in lines];
    assert_eq!(indents, vec![2, 0, 3]);
}

#[test]
fn conditional_iterables_and_bounds() {
    // Python: [x for x in (evens if flag else odds)]
    let evens = vec![0, 2, 4];
    let odds = vec![1, 3];
    let flag = false;
    let picked = comp![x * 10 for x in (&evens if flag else &odds)];
    assert_eq!(picked, vec![10, 30]);
    // Python: [i for i in range(n if full else n - 1)]
    let (n, full) = (4, false);
    let idx = comp![i for i in 0..(n if full else n - 1)];
    assert_eq!(idx, vec![0, 1, 2]);
    // Python: [(r, sum(1 for c in row if c == ('#' if r % 2 == 0 else '.'))) for r, row in enumerate(rows)]
    let rows = ["#.#", "..#"];
    let counts = comp![(r, row.chars().filter(|&c| c == ('#' if r % 2 == 0 else '.')).count()) for (r, row) in rows.iter().enumerate()];
    assert_eq!(counts, vec![(0, 2), (1, 2)]);
}

#[test]
fn nested_display_as_inner_iterable() {
    // Python: [y for x in xs for y in [x * 2 for _ in range(x)]]
    let xs = [1, 2, 3];
    let v = comp![y for x in xs for y in [x * 2 for _ in 0..x]];
    let mut by_hand = Vec::new();
    for x in xs {
        for _ in 0..x {
            by_hand.push(x * 2);
        }
    }
    assert_eq!(v, by_hand);
    // Python: sorted(x for x in {c for c in s})
    let s = "banana";
    let mut uniq = comp![c for c in {c for c in s.chars()}];
    uniq.sort_unstable();
    assert_eq!(uniq, vec!['a', 'b', 'n']);
    // Python: [b - a for a, b in zip(xs, xs[1:])] with windows and a slice pattern
    let diffs = comp![b - a for w in xs.windows(2) if let [a, b] = w];
    assert_eq!(diffs, vec![1, 1]);
}

#[test]
fn nested_dict_of_dicts() {
    // Python: {r: {c: ch for c, ch in enumerate(row) if ch != '.'} for r, row in enumerate(lines)}
    let lines = ["#.S", "..E"];
    let sparse = comp!({r: {c: ch for (c, ch) in row.chars().enumerate() if ch != '.'} for (r, row) in lines.iter().enumerate()});
    let mut by_hand: HashMap<usize, HashMap<usize, char>> = HashMap::new();
    for (r, row) in lines.iter().enumerate() {
        let inner = by_hand.entry(r).or_default();
        for (c, ch) in row.chars().enumerate() {
            if ch != '.' {
                inner.insert(c, ch);
            }
        }
    }
    assert_eq!(sparse, by_hand);
}

// --- lazy nesting over owned values -----------------------------------------------------

fn upper_chars(words: Vec<String>) -> impl Iterator<Item = char> {
    // Python: def upper_chars(words): return (c for w in words for c in w.upper())
    comp!(move (c for w in words for c in w.to_uppercase().chars()))
}

#[test]
fn lazy_generators_over_owned_and_let_values() {
    let s: String = upper_chars(vec!["ab".into(), "c".into()]).collect();
    assert_eq!(s, "ABC");
    // Python: (c for line in text.splitlines() for w in [line.upper()] for c in w if c != ' ')
    let text = "a b\ncd";
    let cs: String = comp!((c for line in text.lines() let w = line.to_uppercase() for c in w.chars() if c != ' ')).collect();
    assert_eq!(cs, "ABCD");
    // Python: (x * y for x in xs if (y := x * 2) > 2 for _ in range(y))
    let xs = [1, 2, 3];
    let prod: Vec<i32> = comp!((x * y for x in xs if (y := x * 2) > 2 for _ in 0..y)).collect();
    let mut by_hand = Vec::new();
    for x in xs {
        let y = x * 2;
        if y > 2 {
            for _ in 0..y {
                by_hand.push(x * y);
            }
        }
    }
    assert_eq!(prod, by_hand);
    // Python: (int(t) for line in lines for t in line.split(','))  raising on a bad token
    let nums: Vec<Result<i32, ParseIntError>> =
        comp!((t.parse::<i32>()? for line in ["1,2", "x,3"] for t in line.split(','))).collect();
    assert_eq!(nums.len(), 3);
    assert!(nums[2].is_err());
    assert_eq!(nums[1], Ok(2));
}

#[test]
fn lazy_of_lazy_with_move() {
    // Python: rows = ((x * k for x in xs) for k in ks)
    let xs = vec![1, 2];
    let ks = [10, 100];
    let rows: Vec<Vec<i32>> = comp!((move (x * k for x in xs.clone()) for k in ks))
        .map(|r| r.collect())
        .collect();
    assert_eq!(rows, vec![vec![10, 20], vec![100, 200]]);
}

#[test]
fn lazy_owned_outer_used_by_inner_level() {
    // Python: (name + suffix for name in (l.upper() for l in lines) for suffix in ('1', '2'))
    let lines = ["ab", "c"];
    let tags: Vec<String> = comp!((name.clone() + suffix for name in lines.iter().map(|l| l.to_uppercase()) for suffix in ["1", "2"])).collect();
    let mut by_hand = Vec::new();
    for name in lines.iter().map(|l| l.to_uppercase()) {
        for suffix in ["1", "2"] {
            by_hand.push(name.clone() + suffix);
        }
    }
    assert_eq!(tags, by_hand);
    // Python: (w for line in owned for w in ('a', 'b') if w in line)
    let owned: Vec<String> = vec!["xa".into(), "bb".into()];
    let hits: Vec<&str> =
        comp!((w for line in owned for w in ["a", "b"] if line.contains(w))).collect();
    assert_eq!(hits, vec!["a", "b"]);
}

// --- Python habits in AoC code ------------------------------------------------------------

// FOUND (fixed: for a string literal the message says `"aeiou".contains(c)`; UI `membership_in_string_literal`): comp![c for c in s.chars() if c in "aeiou"] -> error: Python's membership test `x in ys` is `ys.contains(&x)` in Rust (`ys.contains_key(&x)` for a map); the suggested `"aeiou".contains(&c)` then fails: the trait bound `&char: Pattern` is not satisfied (README "Diagnostics"/reference 10: Python habits get "the Rust spelling"; the haystack is a string literal the macro can see, and the spelling there is `"aeiou".contains(c)`)
#[test]
fn vowels_membership_in_string() {
    // Python: [c for c in s if c in 'aeiou']; sum(1 for c in s if c not in 'aeiou')
    let s = "advent of code";
    // fix a user finds after the second error: drop the `&`
    let vowels = comp![c for c in s.chars() if "aeiou".contains(c)];
    let consonants = comp!((() for c in s.chars() if c != ' ' && !"aeiou".contains(c))).count();
    let mut by_hand = (Vec::new(), 0);
    for c in s.chars() {
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') {
            by_hand.0.push(c);
        } else if c != ' ' {
            by_hand.1 += 1;
        }
    }
    assert_eq!((vowels, consonants), by_hand);
}

// FOUND (fixed: `xs[::-1]` is spelled `.rev()`; UI `python_reversed_slice`): comp![x for x in xs[::-1]] -> error: Python's slice step `xs[::2]` is `xs.iter().step_by(2)` in Rust (same for `s[::-1].chars()`) (reference 10 lists Python's slices among the habits it spells in Rust; `[::-1]`, the commonest step, is `.iter().rev()`, and `step_by(-1)` does not exist: the help points the wrong way)
#[test]
fn reversed_slices() {
    // Python: [x for x in xs[::-1]]; ''.join(c for c in s[::-1] if c != 's')
    let xs = vec![1, 2, 3];
    let back = comp![x for x in xs.iter().rev()];
    assert_eq!(back, vec![&3, &2, &1]);
    let s = "stressed";
    let r = comp!((c for c in s.chars().rev() if c != 's')).collect::<String>();
    assert_eq!(r, "deert");
}

// FOUND (fixed: `x ** 2` is a Python habit, spelled `x.pow(2)`; UI `python_power`): comp![x ** 2 for x in &xs] -> error[E0614]: type `{integer}` cannot be dereferenced (on `** 2`; `2 ** k` likewise "type `u32` cannot be dereferenced") (the README's Diagnostics give Python habits the Rust spelling; `**` with a literal on its right is never Rust and is Python's power: `x.pow(2)`. rustc says the same by hand, but the crate's own list of habits is where a Python user looks)
#[test]
fn squares_and_powers() {
    // Python: [x ** 2 for x in xs]; sum(2 ** k for k in range(4))
    let xs = vec![1i32, 2, 3];
    let sq = comp![x.pow(2) for x in &xs];
    let total = comp!((2u32.pow(k) for k in 0..4u32)).sum::<u32>();
    let mut by_hand = Vec::new();
    for x in &xs {
        by_hand.push(x * x);
    }
    assert_eq!(sq, by_hand);
    assert_eq!(total, 1 + 2 + 4 + 8);
}

// --- trait impls, const generics, associated consts, std macros ------------------------

#[derive(Debug, PartialEq)]
struct Board {
    rows: Vec<Vec<u8>>,
}

impl Board {
    const W: i32 = 3;

    fn cell(c: char) -> u8 {
        c.to_digit(10).map_or(0, |d| d as u8)
    }

    // Python: [(x, y) for x in range(x0 - 1, x0 + 2) if 0 <= x < W for y in range(...) if 0 <= y < W]
    fn around(&self, x0: i32, y0: i32) -> Vec<(i32, i32)> {
        comp![(x, y) for x in x0 - 1..=x0 + 1 if 0 <= x < Self::W for y in y0 - 1..=y0 + 1 if 0 <= y < Self::W if (x, y) != (x0, y0)]
    }
}

impl std::str::FromStr for Board {
    type Err = String;

    // Python: rows = [[int(c) for c in line] for line in s.splitlines()] (raises on a bad line)
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // (see the FOUND line above board_from_str_and_neighbours)
        // Workaround: bind the unit with a pattern, `let () = ..?`.
        let rows = comp![
            [Self::cell(c) for c in line.chars()]
            for line in s.lines()
            if !line.is_empty()
            let () = line.chars().all(|c| c.is_ascii_digit()).then_some(()).ok_or(format!("bad line {line:?}"))?
        ]?;
        Ok(Board { rows })
    }
}

// FOUND (kept: clippy's `let_unit_value` warns by hand too; its machine fix is garbled because the `?` split rewrites the clause's value): comp![[Self::cell(c) for c in line.chars()] for line in s.lines() if !line.is_empty() let _ok = line.chars().all(|c| c.is_ascii_digit()).then_some(()).ok_or(format!("bad line {line:?}"))?]? -> clippy: this let-binding has unit value ... help: omit the `let` binding: `let ?` (the lint is fair, by hand it fires too, but its suggestion is garbled by the expansion's spans, and `cargo clippy --fix` would write `let ?`; a clause has no statement form, so the user needs another spelling: reference 2, CLAUSE)
#[test]
fn board_from_str_and_neighbours() {
    let b: Board = "123\n456\n789".parse().unwrap();
    assert_eq!(b.rows[2], vec![7, 8, 9]);
    assert!("12\n4x".parse::<Board>().is_err());
    let corner = b.around(0, 0);
    assert_eq!(corner, vec![(0, 1), (1, 0), (1, 1)]);
    assert_eq!(b.around(1, 1).len(), 8);
}

fn first_n<const N: usize>() -> Vec<usize> {
    // Python: [i * i for i in range(N)]
    comp![i * i for i in 0..N]
}

#[test]
fn const_generic_range() {
    assert_eq!(first_n::<4>(), vec![0, 1, 4, 9]);
}

fn index_of<I>(items: I) -> HashMap<I::Item, usize>
where
    I: IntoIterator,
    I::Item: std::hash::Hash + Eq,
{
    // Python: {x: i for i, x in enumerate(items)}
    comp!({x: i for (i, x) in items.into_iter().enumerate()})
}

#[test]
fn generic_index_of() {
    let idx = index_of("abca".chars());
    assert_eq!(idx[&'a'], 3);
    assert_eq!(idx[&'b'], 1);
    let idx2 = index_of(vec![(0, 0), (1, 1)]);
    assert_eq!(idx2[&(1, 1)], 1);
}

#[test]
fn std_macros_in_elements_and_filters() {
    // Python: [c for c in s if c in '#O']
    let s = "#.O.#";
    let solid = comp![c for c in s.chars() if matches!(c, '#' | 'O')];
    assert_eq!(solid, vec!['#', 'O', '#']);
    // Python: [[1 if c == '#' else 0] * 2 for c in s]
    let doubled = comp![vec![1 if c == '#' else 0; 2] for c in s.chars()];
    assert_eq!(doubled[0], vec![1, 1]);
    assert_eq!(doubled[1], vec![0, 0]);
    // Python: [f"{i}:{'wall' if c == '#' else 'open'}" for i, c in enumerate(s)]
    let labels = comp![format!("{i}:{}", "wall" if c == '#' else "open") for (i, c) in s.chars().enumerate()];
    assert_eq!(labels[0], "0:wall");
    assert_eq!(labels[1], "1:open");
}

#[test]
fn chains_with_closures_turbofish_and_conditionals() {
    // Python: [r for r in rows if 0 < sum(1 for v in r if v > 2) < 3]
    let rows = vec![vec![1, 3, 5], vec![4, 5, 6], vec![0, 0]];
    let some = comp![r for r in &rows if 0 < r.iter().filter(|&&v| v > 2).count() < 3];
    assert_eq!(some, vec![&rows[0]]);
    // Python: [s for s in toks if 0 < int(s) < 10]
    let toks = ["5", "12", "0"];
    let small = comp![s for s in toks if 0 < s.parse::<i32>().unwrap() < 10];
    assert_eq!(small, vec!["5"]);
    // Python: ['in' if 0 <= x < n else 'out' for x in xs]
    let (xs, n) = ([-1, 0, 3, 5], 4);
    let where_ = comp!(("in" if 0 <= x < n else "out" for x in xs)).collect::<Vec<_>>();
    assert_eq!(where_, vec!["out", "in", "in", "out"]);
    // Python: [x for x in xs if 0 <= (x if x > 0 else -x) < 2]
    let near = comp![x for x in xs if 0 <= (x if x > 0 else -x) < 2];
    assert_eq!(near, vec![-1, 0]);
}

#[test]
fn walrus_inside_nested_display() {
    // Python: [[y for x in row if (y := x * 2) > 2] for row in grid]
    let grid = vec![vec![1, 2, 3], vec![0, 5]];
    let v = comp![[y for x in row if (y := x * 2) > 2] for row in &grid];
    assert_eq!(v, vec![vec![4, 6], vec![10]]);
    // Python: {c for c in a} if flag else set() as a binding
    let a = "abc";
    let sets = comp![s.len() for flag in [true, false] let s = {c for c in a.chars()} if flag else HashSet::new()];
    assert_eq!(sets, vec![3, 0]);
}

// FOUND (kept: clippy's `single_element_loop` warns by hand too; its fix is garbled in the expansion; the `let` clause is the comprehension's spelling): comp![(w[1].parse::<u32>().unwrap(), w[0]) for line in text.lines() for w in [line.split_whitespace().collect::<Vec<_>>()]] -> clippy: for loop over a single element ... help: try `for w in {\n let w = line.split_whitespace()...;line.split_whitespace()...}` (Python's `for w in [expr]` binding idiom, which CPython 3.9+ compiles to a plain assignment; the lint also fires on a hand loop, but there its fix is right, while the comprehension's rewrites the iterable into a block that does not compile: reference 10 says the expansion keeps the hand-written lints, not that it garbles their fixes)
#[test]
fn single_element_for_as_binding() {
    // Python: [(int(w[1]), w[0]) for line in text.splitlines() for w in [line.split()]]
    let text = "a 3\nb 14";
    // Workaround: the crate's `let` clause.
    let v = comp![(w[1].parse::<u32>().unwrap(), w[0]) for line in text.lines() let w = line.split_whitespace().collect::<Vec<_>>()];
    let mut by_hand = Vec::new();
    for line in text.lines() {
        let (a, b) = line.split_once(' ').unwrap();
        by_hand.push((b.parse::<u32>().unwrap(), a));
    }
    assert_eq!(v, by_hand);
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_parse_with_question_mark() {
    // Python: with Pool() as p: nums = p.map(int, tokens)  (raises on a bad token)
    let tokens: Vec<String> = (0..2000).map(|i| i.to_string()).collect();
    let nums: Result<Vec<u32>, ParseIntError> = comp![t.parse::<u32>()? for t in &tokens; parallel];
    assert_eq!(
        nums.unwrap().iter().map(|&n| n as u64).sum::<u64>(),
        (0..2000u64).sum()
    );
    let bad = vec!["1".to_string(), "x".to_string()];
    assert!(comp![t.parse::<u32>()? for t in &bad; parallel].is_err());
    // Python: {(x, y) for x in range(50) for y in range(50) if (x * y) % 7 == 0}
    let cells = comp!({(x, y) for x in 0..50 for y in 0..50 if (x * y) % 7 == 0; parallel});
    let by_hand: HashSet<(i32, i32)> = (0..50)
        .flat_map(|x| (0..50).map(move |y| (x, y)))
        .filter(|&(x, y)| (x * y) % 7 == 0)
        .collect();
    assert_eq!(cells, by_hand);
}

#[tokio::test(start_paused = true)]
async fn async_sets_dicts_and_question_marks() {
    use futures::stream;
    // Python: answers = {d: await solve(d) for d in days}  (all at once)
    let answers = acomp!({d: solve(d).await? for d in 1..5u32; concurrency = 4});
    let answers = answers.unwrap();
    assert_eq!(answers.len(), 4);
    assert_eq!(answers[&3], 300);
    // Python: parities = {await solve(d) % 200 for d in days}
    let parities = acomp!({solve(d).await.unwrap() % 200 for d in 1..5u32; concurrency = 2});
    assert_eq!(parities, HashSet::from([100, 0]));
    // Python: [int(l) async for l in lines]  (raises on the bad line)
    let lines = stream::iter(["1", "2", "z"]);
    let parsed = acomp![l.parse::<u8>()? async for l in lines];
    assert!(parsed.is_err());
    // Python: [(l, await solve(int(l))) async for l in lines if l != '0']
    let pairs = acomp![(l, solve(l.parse().unwrap()).await.unwrap()) async for l in stream::iter(["0", "2"]) if l != "0"];
    assert_eq!(pairs, vec![("2", 200)]);
}
