//! mistake: a lazy `?` comprehension returned as `impl Iterator<Item = i32>`: its items are `Result<i32, ParseIntError>`
//! offending: s.parse::<i32>()?
//! category: try
use comprehensions::comp;

fn numbers<'a>(cells: &'a [&'a str]) -> impl Iterator<Item = i32> + 'a {
    comp!(move (s.parse::<i32>()? for s in cells))
}

fn main() {
    let cells = ["1", "2"];
    println!("{}", numbers(&cells).sum::<i32>());
}
