//! mistake: kept `&str` pieces of a temporary lowercased spec past the statement
//! offending: spec.trim().to_lowercase()
//! category: ownership
fn main() {
    let spec = String::from("  @Babel/Core@7.24.0 ");
    let parts: Vec<&str> = spec.trim().to_lowercase().rsplitn(2, '@').collect();
    println!("{parts:?}");
}
