//! mistake: a function returning `impl Iterator<Item = i32>` whose lazy comprehension iterates a slice, so it yields `&i32`
//! offending: comp!((x for x in xs if x % 2 == 0))
//! category: type
use comprehensions::comp;

fn evens(xs: &[i32]) -> impl Iterator<Item = i32> + '_ {
    comp!((x for x in xs if x % 2 == 0))
}

fn main() {
    let total: i32 = evens(&[1, 2, 3, 4]).sum();
    println!("{total}");
}
