//! mistake: collects each word's `chars().next()` (an `Option<char>`) into a `Vec<char>` of initials
//! offending: w.chars().next()
//! category: type

fn main() {
    let name = "portable network graphics";
    let mut initials: Vec<char> = Vec::new();
    for w in name.split(' ') {
        initials.push(w.chars().next());
    }
    println!("{}", initials.iter().collect::<String>().to_uppercase());
}
