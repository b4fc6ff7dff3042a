//! mistake: put the filter before the `for` as a conditional without `else`
//! offending: if p.allergies.is_empty()
//! category: syntax

#[derive(Debug, Clone)]
struct Patient {
    id: u32,
    name: String,
    age: u32,
    weight_kg: f64,
    height_m: f64,
    allergies: Vec<String>,
    discharge_day: Option<u32>,
}

#[derive(Debug, Clone)]
struct LabResult {
    patient_id: u32,
    test: String,
    value: f64,
    unit: String,
}

#[derive(Debug, Clone)]
struct Appointment {
    patient_id: u32,
    doctor: String,
    day: u32,
    cancelled: bool,
}

fn patients() -> Vec<Patient> {
    vec![
        Patient { id: 1, name: "Ada Moreno".into(), age: 72, weight_kg: 61.5, height_m: 1.62, allergies: vec!["penicillin".into()], discharge_day: None },
        Patient { id: 2, name: "Ben Okafor".into(), age: 45, weight_kg: 88.0, height_m: 1.80, allergies: vec![], discharge_day: Some(4) },
        Patient { id: 3, name: "Chloe Tran".into(), age: 9, weight_kg: 27.3, height_m: 1.31, allergies: vec!["latex".into(), "peanuts".into()], discharge_day: Some(2) },
    ]
}

fn lab_results() -> Vec<LabResult> {
    vec![
        LabResult { patient_id: 1, test: "HbA1c".into(), value: 7.9, unit: "%".into() },
        LabResult { patient_id: 2, test: "LDL".into(), value: 162.0, unit: "mg/dL".into() },
        LabResult { patient_id: 3, test: "Hemoglobin".into(), value: 11.2, unit: "g/dL".into() },
    ]
}

fn appointments() -> Vec<Appointment> {
    vec![
        Appointment { patient_id: 1, doctor: "Dr. Singh".into(), day: 3, cancelled: false },
        Appointment { patient_id: 2, doctor: "Dr. Alvarez".into(), day: 1, cancelled: true },
        Appointment { patient_id: 3, doctor: "Dr. Singh".into(), day: 5, cancelled: false },
    ]
}

fn main() {
    let ward = patients();
    let cleared: Vec<String> = ward.iter().map(|p| if p.allergies.is_empty() { p.name.clone() }).collect();
    println!("cleared for standard protocol: {cleared:?}");
}
