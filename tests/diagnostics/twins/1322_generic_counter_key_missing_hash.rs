//! mistake: a generic counting loop inserting `&T` keys with `T: Eq` but no `Hash` bound
//! offending: insert
//! category: type
use std::collections::HashMap;

fn counts<T: Eq>(xs: &[T]) -> HashMap<&T, usize> {
    let mut out = HashMap::new();
    for item in xs {
        out.insert(item, xs.iter().filter(|o| *o == item).count());
    }
    out
}

#[derive(PartialEq, Eq, Hash, Debug)]
enum Color {
    Red,
    Blue,
}

fn main() {
    println!("{:?}", counts(&[Color::Red, Color::Blue, Color::Red]));
}
