//! mistake: Python's `name, age = line.split(',')` as `let (name, age) = line.split_once(',')`, which is an `Option`
//! offending: (name, age)
//! category: python-habit
fn main() {
    let lines = vec!["ann,31", "bob,27"];
    let mut people = Vec::new();
    for line in &lines {
        let (name, age) = line.split_once(',');
        people.push((name, age.parse::<u32>().unwrap()));
    }
    println!("{people:?}");
}
