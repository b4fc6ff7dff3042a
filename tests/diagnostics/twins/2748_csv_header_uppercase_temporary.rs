//! mistake: kept column names that borrow the temporary `to_uppercase()` of the CSV header past the statement
//! offending: header.to_uppercase()
//! category: ownership
fn main() {
    let header = String::from("ts, device_id, temp_c, rh_pct");
    let columns: Vec<&str> = header.to_uppercase().split(',').map(|c| c.trim()).collect();
    let idx_temp = columns.iter().position(|c| *c == "TEMP_C");
    println!("{columns:?} {idx_temp:?}");
}
