//! mistake: returns the joined string from `fmt`, as Python's `__str__` returns a str, instead of writing it to the formatter
//! offending: comp![c.to_string() for c in &self.cards].join(" ")
//! category: python-habit
use comprehensions::comp;
use std::fmt;

struct Card(char);

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

struct Hand {
    cards: Vec<Card>,
}

impl fmt::Display for Hand {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        comp![c.to_string() for c in &self.cards].join(" ")
    }
}

fn main() {
    let h = Hand { cards: vec![Card('A'), Card('K')] };
    println!("{h}");
}
