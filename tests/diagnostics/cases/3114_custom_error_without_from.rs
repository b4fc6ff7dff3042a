//! mistake: propagated a `ParseIntError` with `?` into a custom `ListingError` that has no `From` impl for it
//! offending: z.parse::<u32>()?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
enum ListingError {
    MissingField(&'static str),
    BadZip(String),
}

struct RawListing {
    zip: Option<String>,
}

fn service_area_zips(raw: &[RawListing]) -> Result<Vec<u32>, ListingError> {
    comp![
        z.parse::<u32>()?
        for r in raw
        if let Some(z) = &r.zip
    ]
}

fn main() {
    let raw = vec![RawListing { zip: Some("98101".into()) }, RawListing { zip: None }];
    let _ = (ListingError::MissingField("zip"), ListingError::BadZip(String::new()));
    println!("{:?}", service_area_zips(&raw));
}
