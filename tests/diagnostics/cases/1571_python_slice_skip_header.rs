//! mistake: Python's slice `lines[1:]` to skip the CSV header
//! offending: lines[1:]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines: Vec<&str> = "ts,level\n1,INFO\n2,WARN".lines().collect();
    let levels = comp![l.split(',').nth(1).unwrap() for l in lines[1:]];
    println!("{levels:?}");
}
