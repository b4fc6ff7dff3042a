//! mistake: returned header fields that borrow a lowercased copy local to the function
//! offending: lower.split(',')
//! category: ownership

fn header_fields(line: &str) -> Vec<&str> {
    let lower = line.to_lowercase();
    lower.split(',').map(|f| f.trim()).collect()
}

fn main() {
    let header = "Order_ID, Customer ,Amount,Created_At";
    println!("{:?}", header_fields(header));
}
