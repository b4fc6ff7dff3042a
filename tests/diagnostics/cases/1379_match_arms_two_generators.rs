//! mistake: a function returning `impl Iterator` picks one of two generators in a `match`, as a Python function returns either generator
//! offending: comp!((x * 2 for x in xs))
//! category: type
use comprehensions::comp;

fn transform(xs: Vec<i64>, mode: &str) -> impl Iterator<Item = i64> {
    match mode {
        "neg" => comp!((-x for x in xs)),
        _ => comp!((x * 2 for x in xs)),
    }
}

fn main() {
    let v: Vec<i64> = transform(vec![1, 2], "neg").collect();
    println!("{v:?}");
}
