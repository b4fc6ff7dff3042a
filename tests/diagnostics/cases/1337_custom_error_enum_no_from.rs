//! mistake: a custom error enum with a `BadInt(ParseIntError)` variant but no `From` impl, and a bare `parse()?` after an `ok_or(LoadError::Missing)?` in the same comprehension
//! offending: parse::<i64>()?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;
use std::num::ParseIntError;

#[derive(Debug)]
enum LoadError {
    Missing(String),
    BadInt(ParseIntError),
}

struct Settings {
    values: HashMap<String, String>,
}

impl Settings {
    fn ints(&self, keys: &[&str]) -> Result<Vec<i64>, LoadError> {
        comp![self.values.get(*k).ok_or(LoadError::Missing(k.to_string()))?.parse::<i64>()? for k in keys]
    }
}

fn main() {
    let s = Settings { values: HashMap::from([("port".to_string(), "80".to_string())]) };
    println!("{:?}", s.ints(&["port"]));
}
