//! mistake: `let` clause destructures three names from a function returning a pair
//! offending: (name, age, city)
//! category: type

fn parse_person(line: &str) -> (String, u32) {
    let (n, a) = line.split_once(',').unwrap_or((line, "0"));
    (n.to_string(), a.trim().parse().unwrap_or(0))
}

fn main() {
    let lines = vec!["ann, 31", "bob, 17"];
    let mut labels = Vec::new();
    for line in &lines {
        let (name, age, city) = parse_person(line);
        labels.push(format!("{name} ({city}, {age})"));
    }
    println!("{labels:?}");
}
