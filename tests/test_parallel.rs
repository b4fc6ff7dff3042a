//! `comp![..; parallel]` (feature `rayon`) against docs/reference.md, "Parallel".

use std::collections::{HashMap, HashSet};

use comprehensions::comp;

#[test]
fn smoke() {
    let xs: Vec<u64> = (0..1000).collect();
    let v = comp![x * 2 for x in &xs if x % 3 == 0; parallel];
    assert_eq!(
        v,
        (0..1000)
            .filter(|x| x % 3 == 0)
            .map(|x| x * 2)
            .collect::<Vec<u64>>()
    );
    let m: Vec<u64> = comp![x + 1 for x in 0..10u64; parallel];
    assert_eq!(m, (1..11).collect::<Vec<_>>());
    let s: HashSet<u64> = comp!({x % 7 for x in 0..100u64; parallel});
    assert_eq!(s.len(), 7);
    let d: HashMap<u64, u64> = comp!({x % 7: x for x in 0..100u64; parallel});
    assert_eq!(d[&0], 98);
    let n = comp![(x, y) for x in 0..4 for y in 0..x if (x + y) % 2 == 1; parallel];
    assert_eq!(n, [(1, 0), (2, 1), (3, 0), (3, 2)]);
    let r: Result<Vec<i32>, _> = comp![s.parse::<i32>()? for s in ["1", "2"]; parallel];
    assert_eq!(r, Ok(vec![1, 2]));
    let r = comp![s.parse::<i32>()? for s in ["1", "x"]; parallel];
    assert!(r.is_err());
    let lazy = comp!((x * 2 for x in 0..10; parallel));
    let total: i32 = rayon::iter::ParallelIterator::sum(lazy);
    assert_eq!(total, 90);
    let lazy = comp!((s.parse::<i32>()? for s in ["1", "2"]; parallel));
    let all: Result<Vec<i32>, _> = rayon::iter::ParallelIterator::collect(lazy);
    assert_eq!(all, Ok(vec![1, 2]));
    let w =
        comp![y for x in 0..10 if (y := x * x) > 10 if let Some(z) = Some(y) let q = z; parallel];
    assert_eq!(w, [16, 25, 36, 49, 64, 81]);
}
