//! mistake: a generic Counter-like dict comprehension keyed by `&T` with `T: Eq` but no `Hash` bound
//! offending: item
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn counts<T: Eq>(xs: &[T]) -> HashMap<&T, usize> {
    comp!({item: xs.iter().filter(|o| *o == item).count() for item in xs})
}

#[derive(PartialEq, Eq, Hash, Debug)]
enum Color {
    Red,
    Blue,
}

fn main() {
    println!("{:?}", counts(&[Color::Red, Color::Blue, Color::Red]));
}
