//! mistake: used `?` on a custom `RecordError` in a comprehension whose error type is `ParseIntError`
//! offending: lookup(line.trim().parse::<u32>()?)?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

#[derive(Debug)]
struct RecordError(u32);

#[derive(Debug)]
struct StudentRecord {
    id: u32,
    name: String,
}

fn lookup(id: u32) -> Result<StudentRecord, RecordError> {
    if id < 5000 {
        Ok(StudentRecord { id, name: format!("student {id}") })
    } else {
        Err(RecordError(id))
    }
}

fn load(lines: &[&str]) -> Result<Vec<StudentRecord>, ParseIntError> {
    comp![lookup(line.trim().parse::<u32>()?)? for line in lines]
}

fn main() {
    println!("{:?}", load(&["4100", "4200"]));
}
