//! mistake: `?` used to skip tokens that do not parse, in `main`, into a `Vec<i32>`
//! offending: ?
//! category: try
fn main() {
    let tokens = vec!["4", "x", "15"];
    let mut nums: Vec<i32> = Vec::new();
    for s in &tokens {
        nums.push(s.parse::<i32>()?);
    }
    println!("{}", nums.iter().sum::<i32>());
}
