package org.imrf.backbone.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** The platform's web error model in every service. */
@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {}
