//! mistake: reads numbers from `input().split()`, Python's stdin builtin
//! offending: input
//! category: python-habit

fn main() {
    let mut nums = Vec::new();
    for t in input().split_whitespace() {
        nums.push(t.parse::<i64>().unwrap());
    }
    println!("sum = {}", nums.iter().sum::<i64>());
}
