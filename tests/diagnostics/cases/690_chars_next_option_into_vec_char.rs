//! mistake: collects each word's `chars().next()` (an `Option<char>`) into a `Vec<char>` of initials
//! offending: w.chars().next()
//! category: type
use comprehensions::comp;

fn main() {
    let name = "portable network graphics";
    let initials: Vec<char> = comp![w.chars().next() for w in name.split(' ')];
    println!("{}", initials.iter().collect::<String>().to_uppercase());
}
