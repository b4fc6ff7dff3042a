//! mistake: Python's slice `lines[1:]` to skip the CSV header
//! offending: lines[1:]
//! category: python-habit
fn main() {
    let lines: Vec<&str> = "ts,level\n1,INFO\n2,WARN".lines().collect();
    let mut levels = Vec::new();
    for l in lines[1:] {
        levels.push(l.split(',').nth(1).unwrap());
    }
    println!("{levels:?}");
}
