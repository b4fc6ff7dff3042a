//! mistake: expected `?` inside the comprehension to convert `ParseIntError` into the function's `Box<dyn Error>`, as `?` does in a loop; the comprehension's `?` has no `From` conversion
//! offending: collect()
//! category: try
use std::error::Error;

fn load_ports(text: &str) -> Result<Vec<u16>, Box<dyn Error>> {
    text.lines().map(|l| l.trim().parse::<u16>()).collect()
}

fn main() {
    println!("{:?}", load_ports("80\n443\n8080").unwrap());
}
