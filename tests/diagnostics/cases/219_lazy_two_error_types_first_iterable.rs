//! mistake: a lazy comprehension with a `?` on the first iterable and one on the element, with two different error types
//! offending: load("numbers.txt")?
//! category: try
use comprehensions::comp;

fn load(path: &str) -> Result<Vec<String>, std::io::Error> {
    Ok(vec![path.to_string()])
}

fn main() {
    let numbers = comp!((line.parse::<i64>()? for line in load("numbers.txt")?));
    for n in numbers {
        println!("{n:?}");
    }
}
