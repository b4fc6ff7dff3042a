//! mistake: takes the first item of a lazy `?` comprehension and multiplies it, but the items are `Result`s
//! offending: first * 2
//! category: try
use comprehensions::comp;

fn main() {
    let fields = vec!["21", "x", "7"];
    // Python: first = next(int(s) for s in fields); doubled = first * 2
    let first = comp!((s.parse::<i32>()? for s in &fields)).next().unwrap();
    let doubled = first * 2;
    println!("{doubled}");
}
