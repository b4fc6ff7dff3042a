//! mistake: a `?` in a nested row display expected to fail the whole grid parse (it makes each row an `Option` instead)
//! offending: c.to_digit(10)?
//! category: try
use comprehensions::comp;

fn parse_grid(lines: &[&str]) -> Option<Vec<Vec<u32>>> {
    Some(comp![[c.to_digit(10)? for c in line.chars()] for line in lines])
}

fn main() {
    println!("{:?}", parse_grid(&["123", "456"]));
}
