//! mistake: collecting a lazy comprehension with `?` (whose items are `Result`s) into a plain `Vec<i32>`
//! offending: collect
//! category: try
use comprehensions::comp;

fn main() {
    let fields = vec!["1", "2", "x"];
    let nums = comp!((f.parse::<i32>()? for f in &fields)).collect::<Vec<i32>>();
    println!("{nums:?}");
}
