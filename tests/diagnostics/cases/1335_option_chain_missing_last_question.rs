//! mistake: an `Option` chain `l.split_whitespace().next()?.chars().next()` with its last `?` forgotten, in a comprehension returned as `Option<Vec<char>>`
//! offending: l.split_whitespace().next()?.chars().next()
//! category: try
use comprehensions::comp;

fn initials(lines: &[&str]) -> Option<Vec<char>> {
    comp![l.split_whitespace().next()?.chars().next() for l in lines]
}

fn main() {
    println!("{:?}", initials(&["ada lovelace", "alan turing"]));
}
