//! mistake: `?` on a parse Result inside a walrus, in a function returning `Option<Vec<i32>>`
//! offending: s.parse::<i32>()?
//! category: try
use comprehensions::comp;

fn positives(cells: &[&str]) -> Option<Vec<i32>> {
    comp![y for s in cells if (y := s.parse::<i32>()?) > 0]
}

fn main() {
    println!("{:?}", positives(&["3", "-1"]));
}
