//! mistake: a `?` inside a comprehension used as another's iterable, expecting the error to propagate (the `for` iterates the `Result` itself)
//! offending: x
//! category: try
use comprehensions::comp;

fn main() {
    let parts = vec!["3", "4", "x"];
    // Python: squares = [x * x for x in [int(s) for s in parts]]   # raises on "x"
    let squares: Vec<i32> = comp![x for x in comp![s.parse::<i32>()? for s in &parts]];
    println!("{squares:?}");
}
