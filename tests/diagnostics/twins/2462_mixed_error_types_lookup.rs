//! mistake: used `?` on a custom `RecordError` in a loop whose function's error type is `ParseIntError`
//! offending: lookup(line.trim().parse::<u32>()?)?
//! category: try
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
    let mut records = Vec::new();
    for line in lines {
        records.push(lookup(line.trim().parse::<u32>()?)?);
    }
    Ok(records)
}

fn main() {
    println!("{:?}", load(&["4100", "4200"]));
}
