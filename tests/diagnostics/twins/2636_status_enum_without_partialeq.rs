//! mistake: compared a booking status enum with `==` though it does not derive `PartialEq`
//! offending: b.status == Status::Confirmed
//! category: type
#[derive(Debug, Clone, Copy)]
enum Status {
    Pending,
    Confirmed,
    Cancelled,
}

struct Booking {
    ref_code: &'static str,
    status: Status,
}

fn main() {
    let bookings = vec![
        Booking { ref_code: "BK-19", status: Status::Confirmed },
        Booking { ref_code: "BK-20", status: Status::Pending },
        Booking { ref_code: "BK-21", status: Status::Cancelled },
    ];
    let confirmed: Vec<&str> = bookings
        .iter()
        .filter(|b| b.status == Status::Confirmed)
        .map(|b| b.ref_code)
        .collect();
    println!("{confirmed:?}");
}
