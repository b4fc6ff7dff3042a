//! mistake: FizzBuzz mixes `&str` literals and `i.to_string()` in one chained conditional
//! offending: i.to_string()
//! category: type
fn main() {
    let out: Vec<_> = (1..=15)
        .map(|i| if i % 15 == 0 { "FizzBuzz" } else if i % 3 == 0 { "Fizz" } else if i % 5 == 0 { "Buzz" } else { i.to_string() })
        .collect();
    println!("{}", out.join(" "));
}
