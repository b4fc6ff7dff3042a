//! mistake: Python's `name, age = line.split(',')` as `let (name, age) = line.split_once(',')`, which is an `Option`
//! offending: (name, age)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec!["ann,31", "bob,27"];
    let people = comp![(name, age.parse::<u32>().unwrap()) for line in &lines let (name, age) = line.split_once(',')];
    println!("{people:?}");
}
