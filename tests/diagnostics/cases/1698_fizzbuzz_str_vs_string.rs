//! mistake: FizzBuzz mixes `&str` literals and `i.to_string()` in one chained conditional
//! offending: i.to_string()
//! category: type
use comprehensions::comp;

fn main() {
    let out = comp!["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i.to_string() for i in 1..=15];
    println!("{}", out.join(" "));
}
