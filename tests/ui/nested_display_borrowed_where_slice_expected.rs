// Python's `total({x for x in row})` (the distinct values) with `&`, where
// a slice is expected: the error is on the user's `&{..}`, as by hand on
// `&row.iter().collect::<HashSet<_>>()`, not on the whole outer call.
use comprehensions::comp;

fn total(xs: &[u32]) -> u32 {
    xs.iter().sum()
}

fn main() {
    let rows = vec![vec![1, 2, 2], vec![4, 4]];
    let totals = comp![total(&{*x for x in row}) for row in &rows];
    println!("{totals:?}");
}
