//! mistake: converts each comma-separated field with `as u32`, as Python's int(s)
//! category: python-habit
fn main() {
    let line = "3,4,17";
    let nums: Vec<u32> = line.split(',').map(|field| field as u32).collect();
    println!("{:?}", nums);
}
