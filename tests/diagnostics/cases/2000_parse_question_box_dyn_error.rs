//! mistake: expected `?` inside the comprehension to convert `ParseIntError` into the function's `Box<dyn Error>`, as `?` does in a loop; the comprehension's `?` has no `From` conversion
//! offending: parse::<u16>()?
//! category: try
use comprehensions::comp;
use std::error::Error;

fn load_ports(text: &str) -> Result<Vec<u16>, Box<dyn Error>> {
    comp![l.trim().parse::<u16>()? for l in text.lines()]
}

fn main() {
    println!("{:?}", load_ports("80\n443\n8080").unwrap());
}
