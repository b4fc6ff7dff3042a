//! mistake: collects c.to_digit(10) into a Vec<u32> as if int(c) returned the digit, but it is an Option
//! offending: c.to_digit(10)
//! category: type
use comprehensions::comp;

fn main() {
    let line = "49210";
    let digits: Vec<u32> = comp![c.to_digit(10) for c in line.chars()];
    println!("checksum {}", digits.iter().sum::<u32>());
}
