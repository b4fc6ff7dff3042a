//! mistake: a function returning `impl Iterator<Item = (i32, i32)>` from a nested lazy comprehension over two slices (items are `(&i32, &i32)`)
//! offending: comp!(((x, y) for x in xs for y in ys if x != y))
//! category: type
use comprehensions::comp;

fn pairs<'a>(xs: &'a [i32], ys: &'a [i32]) -> impl Iterator<Item = (i32, i32)> + 'a {
    // Python: return ((x, y) for x in xs for y in ys if x != y)
    comp!(((x, y) for x in xs for y in ys if x != y))
}

fn main() {
    let a = [1, 2];
    let b = [2, 3];
    println!("{:?}", pairs(&a, &b).collect::<Vec<_>>());
}
