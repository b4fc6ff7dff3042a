// A lazy comprehension with `?` yields `Result` items: collecting them into
// a `Vec<i32>` is std's own "cannot be built from an iterator over
// elements of type `Result<i32, ParseIntError>`", as by hand.
use comprehensions::comp;

fn main() {
    let fields = vec!["1", "2", "x"];
    let nums = comp!((f.parse::<i32>()? for f in &fields)).collect::<Vec<i32>>();
    println!("{nums:?}");
}
