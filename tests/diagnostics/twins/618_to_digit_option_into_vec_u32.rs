//! mistake: collects c.to_digit(10) into a Vec<u32> as if int(c) returned the digit, but it is an Option
//! category: type
fn main() {
    let line = "49210";
    let mut digits: Vec<u32> = Vec::new();
    for c in line.chars() {
        digits.push(c.to_digit(10));
    }
    println!("checksum {}", digits.iter().sum::<u32>());
}
