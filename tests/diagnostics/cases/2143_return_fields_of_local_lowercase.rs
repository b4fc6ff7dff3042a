//! mistake: returned header fields that borrow a lowercased copy local to the function
//! offending: lower.split(',')
//! category: ownership
use comprehensions::comp;

fn header_fields(line: &str) -> Vec<&str> {
    let lower = line.to_lowercase();
    // Python: return [f.strip() for f in line.lower().split(",")]
    comp![f.trim() for f in lower.split(',')]
}

fn main() {
    let header = "Order_ID, Customer ,Amount,Created_At";
    println!("{:?}", header_fields(header));
}
