//! mistake: returns the joined string from `fmt`, as Python's `__str__` returns a str, instead of writing it to the formatter
//! offending: self.cards.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" ")
//! category: python-habit
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
        self.cards.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" ")
    }
}

fn main() {
    let h = Hand { cards: vec![Card('A'), Card('K')] };
    println!("{h}");
}
