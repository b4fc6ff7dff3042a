//! mistake: returning a flat_map chain of `(&i32, &i32)` as `impl Iterator<Item = (i32, i32)>` (hand-written)
//! offending: xs.iter().flat_map(move |x| ys.iter().filter(move |y| x != *y).map(move |y| (x, y)))
fn pairs<'a>(xs: &'a [i32], ys: &'a [i32]) -> impl Iterator<Item = (i32, i32)> + 'a {
    xs.iter().flat_map(move |x| ys.iter().filter(move |y| x != *y).map(move |y| (x, y)))
}

fn main() {
    let a = [1, 2];
    let b = [2, 3];
    println!("{:?}", pairs(&a, &b).collect::<Vec<_>>());
}
