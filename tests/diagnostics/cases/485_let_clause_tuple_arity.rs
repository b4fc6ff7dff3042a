//! mistake: `let` clause destructures three names from a function returning a pair
//! offending: (name, age, city)
//! category: type
use comprehensions::comp;

fn parse_person(line: &str) -> (String, u32) {
    let (n, a) = line.split_once(',').unwrap_or((line, "0"));
    (n.to_string(), a.trim().parse().unwrap_or(0))
}

fn main() {
    let lines = vec!["ann, 31", "bob, 17"];
    // Python: [f"{name} ({city})" for line in lines for name, age, city in [parse_person(line)]]
    let labels = comp![format!("{name} ({city}, {age})") for line in &lines let (name, age, city) = parse_person(line)];
    println!("{labels:?}");
}
