//! mistake: returning one of two lazy comprehensions from `if`/`else` as one `impl Iterator` (Python returns either generator; here each has its own type)
//! offending: comp!(move (x for x in xs if x % 2 == 1))
//! category: type
use comprehensions::comp;

fn pick(xs: Vec<i32>, evens: bool) -> impl Iterator<Item = i32> {
    if evens {
        comp!(move (x for x in xs if x % 2 == 0))
    } else {
        comp!(move (x for x in xs if x % 2 == 1))
    }
}

fn main() {
    let v: Vec<i32> = pick(vec![1, 2, 3], true).collect();
    println!("{v:?}");
}
